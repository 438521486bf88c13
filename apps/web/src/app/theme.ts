import { useSyncExternalStore } from 'react';
import { readStored, watchStored, writeStored } from './local-store.ts';

export const Themes = { light: 'light', dark: 'dark' } as const;
export type Theme = (typeof Themes)[keyof typeof Themes];

const storageKey = 'sketchroom:theme';
const darkQuery = '(prefers-color-scheme: dark)';
const listeners = new Set<() => void>();

function parseTheme(raw: unknown): Theme | null {
  return raw === Themes.light || raw === Themes.dark ? raw : null;
}

function systemTheme(): Theme {
  return window.matchMedia(darkQuery).matches ? Themes.dark : Themes.light;
}

/** The chosen theme, or the system's while the person has not chosen one. */
export function currentTheme(): Theme {
  return readStored(storageKey, parseTheme) ?? systemTheme();
}

export function setTheme(theme: Theme): void {
  writeStored(storageKey, theme);
  notify();
}

export function toggleTheme(): void {
  setTheme(currentTheme() === Themes.dark ? Themes.light : Themes.dark);
}

/** Keeps `data-theme` on <html> in step with the theme; CSS variables hang off it. */
export function applyTheme(): () => void {
  const apply = () => {
    document.documentElement.dataset.theme = currentTheme();
  };
  apply();
  const media = window.matchMedia(darkQuery);
  media.addEventListener('change', notify);
  const unwatch = watchStored(storageKey, notify);
  listeners.add(apply);
  return () => {
    media.removeEventListener('change', notify);
    unwatch();
    listeners.delete(apply);
  };
}

function notify(): void {
  for (const listener of [...listeners]) listener();
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  return () => listeners.delete(onChange);
}

export function useTheme(): Theme {
  return useSyncExternalStore(subscribe, currentTheme);
}
