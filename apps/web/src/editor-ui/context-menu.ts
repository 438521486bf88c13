import type { Action } from '../actions/action.ts';

// What the right-click menu lists, as data: action names from the registry, in order,
// with separators. Pure, so the rules (skip what is not registered, hide what does not
// apply, never two separators in a row) are tested without a browser.

export const SEPARATOR = '-';

/** On a shape (selected first) or a selection. */
export const SHAPE_MENU: readonly string[] = [
  'cut',
  'copy',
  'paste',
  'duplicate',
  'delete',
  SEPARATOR,
  'bring-to-front',
  'bring-forward',
  'send-backward',
  'send-to-back',
  SEPARATOR,
  'group',
  'ungroup',
  SEPARATOR,
  'align-left',
  'align-center',
  'align-right',
  'align-top',
  'align-middle',
  'align-bottom',
  'distribute-horizontally',
  'distribute-vertically',
  SEPARATOR,
  'toggle-lock',
  SEPARATOR,
  'copy-as-png',
  'copy-as-svg',
];

/** On empty canvas, or on a locked shape (which offers `unlock` first). */
export const CANVAS_MENU: readonly string[] = [
  'unlock',
  SEPARATOR,
  'paste',
  'select-all',
  SEPARATOR,
  'zoom-to-fit',
  'toggle-grid',
  'unlock-all',
  SEPARATOR,
  'copy-as-png',
  'copy-as-svg',
];

/**
 * Listed only when they can run: they depend on what is selected (two shapes to align,
 * three to distribute, a group to ungroup) or under the pointer. The rest stay, greyed.
 */
const ONLY_WHEN_APPLICABLE = new Set([
  'group',
  'ungroup',
  'align-left',
  'align-center',
  'align-right',
  'align-top',
  'align-middle',
  'align-bottom',
  'distribute-horizontally',
  'distribute-vertically',
  'unlock',
  'unlock-all',
]);

export interface MenuItem {
  name: string;
  label: string;
  /** The first shortcut, formatted for display, or null. */
  shortcut: string | null;
  enabled: boolean;
}

export type MenuEntry = MenuItem | typeof SEPARATOR;

export interface MenuSources {
  find(name: string): Action | undefined;
  canRun(action: Action): boolean;
  formatShortcut(action: Action): string | null;
}

/** The menu's rows: registered actions only, separators only between items. */
export function buildMenu(names: readonly string[], sources: MenuSources): MenuEntry[] {
  const entries: MenuEntry[] = [];
  for (const name of names) {
    if (name === SEPARATOR) {
      if (entries.length > 0 && entries[entries.length - 1] !== SEPARATOR) entries.push(SEPARATOR);
      continue;
    }
    const action = sources.find(name);
    if (!action) continue;
    const enabled = sources.canRun(action);
    if (!enabled && ONLY_WHEN_APPLICABLE.has(name)) continue;
    entries.push({
      name,
      label: action.label,
      shortcut: sources.formatShortcut(action),
      enabled,
    });
  }
  if (entries[entries.length - 1] === SEPARATOR) entries.pop();
  return entries;
}

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

/**
 * Where a menu of `menu` size opened at `at` goes inside `view`: right of and below the
 * point if it fits, else flipped to the left of or above it, and never past the edges
 * (a menu too big for either side is pushed against the far edge, or the top margin).
 */
export function placeMenu(at: Point, menu: Size, view: Size, margin = 8): Point {
  return {
    x: placeAlong(at.x, menu.width, view.width, margin),
    y: placeAlong(at.y, menu.height, view.height, margin),
  };
}

function placeAlong(at: number, size: number, room: number, margin: number): number {
  if (at + size <= room - margin) return at;
  if (at - size >= margin) return at - size;
  return Math.max(margin, room - margin - size);
}
