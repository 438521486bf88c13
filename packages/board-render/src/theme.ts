/** The two canvas themes. A board stores one set of colours that reads in both. */
export type Theme = 'light' | 'dark';

/**
 * The default ink: stored as near-black, drawn near-white on a dark canvas, so a
 * board drawn in either theme reads in the other. Other palette colours are
 * mid-tones that read on both backgrounds and are drawn as stored.
 */
export const INK = '#1e1e1e';
const INK_ON_DARK = '#e7e7ea';

/** Text on a note: notes keep their light paper in both themes. */
export const NOTE_TEXT = '#1e1e1e';

export const CANVAS_BACKGROUND: Readonly<Record<Theme, string>> = {
  light: '#f8f9fa',
  dark: '#17181c',
};

/** Outline and label of what cannot be drawn as itself (unknown types, images not at hand). */
export const PLACEHOLDER_COLOR = '#868e96';

/** The colour to paint for a stored colour. Notes keep their light paper in both themes. */
export function displayColor(color: string, theme: Theme, onNote = false): string {
  if (theme === 'dark' && !onNote && color.toLowerCase() === INK) return INK_ON_DARK;
  return color;
}

/** Stored fills that mean "no fill". */
export function isFilled(fill: string): boolean {
  return fill !== '' && fill !== 'transparent' && fill !== 'none';
}
