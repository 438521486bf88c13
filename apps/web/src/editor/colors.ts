import { PALETTE } from '@sketchroom/board-model';
import { INK } from '@sketchroom/board-render';

// The colour choices the style panel offers. How stored colours are drawn in each theme
// (ink on dark, note text, the canvas background) is board-render's `theme.ts`.

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
