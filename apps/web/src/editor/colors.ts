import { PALETTE } from '@sketchroom/board-model';
import type { Theme } from './session.ts';

/**
 * The default ink: stored as near-black, drawn near-white on a dark canvas, so a
 * board drawn in either theme reads in the other. Other palette colours are
 * mid-tones that read on both backgrounds and are drawn as stored.
 */
export const INK = '#1e1e1e';
const INK_ON_DARK = '#e7e7ea';

export const NOTE_TEXT = '#1e1e1e';

export const CANVAS_BACKGROUND: Record<Theme, string> = { light: '#f8f9fa', dark: '#17181c' };

/** The stroke choices offered in the style panel. */
export const STROKE_CHOICES: readonly { name: string; color: string }[] = [
  { name: 'ink', color: INK },
  ...PALETTE.map((c) => ({ name: c.name, color: c.stroke })),
];

/** Fill choices: none, the palette's translucent tints, and solid note colours. */
export const FILL_CHOICES: readonly { name: string; color: string }[] = [
  { name: 'none', color: 'transparent' },
  ...PALETTE.map((c) => ({ name: c.name, color: c.fill })),
];

export const NOTE_FILLS: readonly string[] = [
  '#ffec99',
  '#b2f2bb',
  '#a5d8ff',
  '#ffc9c9',
  '#e5dbff',
];

/** The colour to paint for a stored colour. Notes keep their light paper in both themes. */
export function displayColor(color: string, theme: Theme, onNote = false): string {
  if (theme === 'dark' && !onNote && color.toLowerCase() === INK) return INK_ON_DARK;
  return color;
}
