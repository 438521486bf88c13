import { isAccel, type KeyInput } from '../editor/input.ts';
import type { Shortcut } from './action.ts';

export function matchesShortcut(shortcut: Shortcut, event: KeyInput): boolean {
  if ((shortcut.accel ?? false) !== isAccel(event)) return false;
  if ((shortcut.alt ?? false) !== event.altKey) return false;
  const shift = shortcut.shift ?? false;
  if (shift !== 'any' && shift !== event.shiftKey) return false;
  if (shortcut.code !== undefined) return shortcut.code === event.code;
  return shortcut.key !== undefined && shortcut.key === event.key.toLowerCase();
}

const MAC = /Mac|iPhone|iPad/.test(globalThis.navigator?.platform ?? '');

const KEY_NAMES: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  delete: 'Del',
  backspace: '⌫',
  BracketLeft: '[',
  BracketRight: ']',
  Equal: '+',
  Minus: '−',
  Quote: "'",
};

/** `Ctrl+Shift+Z`, or `⌘⇧Z` on a Mac: for help and tooltips. */
export function formatShortcut(shortcut: Shortcut, mac = MAC): string {
  const raw = shortcut.key ?? shortcut.code ?? '';
  const name = KEY_NAMES[raw] ?? raw.replace(/^(Digit|Key)/, '').toUpperCase();
  const parts: string[] = [];
  if (shortcut.accel) parts.push(mac ? '⌘' : 'Ctrl');
  if (shortcut.alt) parts.push(mac ? '⌥' : 'Alt');
  if (shortcut.shift === true) parts.push(mac ? '⇧' : 'Shift');
  parts.push(name);
  return parts.join(mac ? '' : '+');
}
