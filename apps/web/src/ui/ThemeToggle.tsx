import { toggleTheme, type Theme } from '../app/theme.ts';
import { MoonIcon, SunIcon } from './icons.tsx';

export function ThemeToggle({ theme }: { theme: Theme }) {
  const next = theme === 'dark' ? 'light' : 'dark';
  return (
    <button
      type="button"
      className="button icon-button"
      data-testid="theme-toggle"
      aria-label={`Switch to ${next} theme`}
      title={`Switch to ${next} theme`}
      onClick={toggleTheme}
    >
      {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
    </button>
  );
}
