import type { Style } from '@sketchroom/board-model';
import type { Stroke } from './commands.ts';
import type { OutlineCache } from './freehand.ts';
import { dashFor } from './stroke-style.ts';
import type { MeasureText } from './text-layout.ts';
import { displayColor, isFilled, type Theme } from './theme.ts';

export interface RenderOptions {
  theme: Theme;
  /** Real text widths (a canvas, a font file); `estimateWidth` where there is none. */
  measureText: MeasureText;
  /**
   * The camera zoom, for level of detail: text too small to read on screen is
   * drawn as a bar (text) or left out (notes). Exports omit it and get full detail.
   */
  zoom?: number;
  /** Leave out the shape's text: the in-place editor is showing it. */
  hideText?: boolean;
  /** Reuses smoothed freehand outlines between calls; painters that redraw often pass one. */
  outlines?: OutlineCache;
}

/** On-screen font size, in pixels, below which text is unreadable. */
export const READABLE_PX = 5;

export function isReadable(fontSize: number, options: RenderOptions): boolean {
  return options.zoom === undefined || fontSize * options.zoom >= READABLE_PX;
}

/** The fill to paint for a stored style, or null for none. */
export function fillOf(style: Style): string | null {
  return isFilled(style.fill) ? style.fill : null;
}

/** The outline to paint for a stored style in a theme (dashed or dotted as it says), or null for none. */
export function strokeOf(style: Style, options: RenderOptions): Stroke | null {
  if (!(style.strokeWidth > 0)) return null;
  const stroke: Stroke = {
    color: displayColor(style.stroke, options.theme),
    width: style.strokeWidth,
  };
  const dash = dashFor(style, style.strokeWidth);
  if (dash) stroke.dash = dash;
  return stroke;
}
