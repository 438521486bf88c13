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

/**
 * The colour to paint for a stored colour. Text on paper (a note, or a shape
 * with an opaque fill) keeps its stored colour: the paper looks the same in
 * both themes, so dark ink stays readable on it.
 */
export function displayColor(color: string, theme: Theme, onPaper = false): string {
  if (theme === 'dark' && !onPaper && color.toLowerCase() === INK) return INK_ON_DARK;
  return color;
}

/** Alpha at or above which a fill hides the canvas well enough to count as paper. */
const PAPER_ALPHA = 0.6;

/** A stored fill's alpha, 0–1: `#rgba`, `#rrggbbaa`, `rgba()`/`hsla()`; other colours are opaque. */
export function fillAlpha(fill: string): number {
  if (!isFilled(fill)) return 0;
  const hex = /^#([0-9a-f]{3,8})$/i.exec(fill.trim())?.[1];
  if (hex && (hex.length === 4 || hex.length === 8)) {
    const digits = hex.length === 4 ? hex[3] + hex[3] : hex.slice(6);
    return parseInt(digits, 16) / 255;
  }
  const fn = /^(?:rgba|hsla)\((.*)\)$/i.exec(fill.trim())?.[1];
  if (fn) {
    const last = fn.split(/[,/]/).pop()?.trim() ?? '1';
    const value = last.endsWith('%') ? parseFloat(last) / 100 : parseFloat(last);
    return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 1;
  }
  return 1;
}

/** True when text drawn over this fill sits on paper rather than on the canvas. */
export function isPaper(fill: string): boolean {
  return fillAlpha(fill) >= PAPER_ALPHA;
}

/** Stored fills that mean "no fill". */
export function isFilled(fill: string): boolean {
  return fill !== '' && fill !== 'transparent' && fill !== 'none';
}
