import type { Shape } from '@sketchroom/board-model';
import { OutlineCache, renderShape } from '@sketchroom/board-render';
import type { Theme } from '../editor/session.ts';
import type { ImageLookup } from './image-cache.ts';
import { measureText } from './measure.ts';
import { paintCommands } from './paint-commands.ts';

export interface DrawOptions {
  theme: Theme;
  /** The in-place editor is showing this shape's text, so the canvas must not. */
  hideText: boolean;
  /** Camera zoom: text too small to read is drawn as a bar (level of detail). */
  zoom: number;
  /** Where pictures come from; without it they show their placeholder. */
  images?: ImageLookup;
}

// Smoothed stroke outlines are costly to compute, and the canvas repaints often: they are
// kept per shape while the stroke's points stay the same (paint-commands.ts keeps the Path2D).
const outlines = new OutlineCache();

/** Draws one shape in its local box (0,0)–(width,height); the node applies position and rotation. */
export function drawShape(ctx: CanvasRenderingContext2D, shape: Shape, options: DrawOptions): void {
  const commands = renderShape(shape, {
    theme: options.theme,
    measureText,
    zoom: options.zoom,
    hideText: options.hideText,
    outlines,
  });
  paintCommands(ctx, commands, options.images);
}
