import { DEFAULT_FONT_SIZE, type TextShape } from '@sketchroom/board-model';
import type { DrawCommand } from '../commands.ts';
import { fontStackFor } from '../fonts.ts';
import { isReadable, type RenderOptions } from '../render-options.ts';
import { textCommands } from '../text-layout.ts';
import { displayColor } from '../theme.ts';

/** Unwrapped lines in the stroke colour; a faint bar where the text is when too small to read. */
export function renderText(shape: TextShape, options: RenderOptions): DrawCommand[] {
  if (options.hideText) return [];
  const { width, height } = shape.geom;
  const fontSize = shape.style.fontSize ?? DEFAULT_FONT_SIZE;
  const color = displayColor(shape.style.stroke, options.theme);
  if (!isReadable(fontSize, options)) {
    return [
      {
        type: 'path',
        geometry: { kind: 'rect', x: 0, y: height * 0.25, width, height: height * 0.5, radius: 0 },
        fill: color,
        stroke: null,
        opacity: 0.35,
      },
    ];
  }
  return textCommands({
    text: shape.text,
    fontSize,
    fontFamily: fontStackFor(shape.style),
    color,
    inset: 0,
    maxWidth: null,
    measure: options.measureText,
  });
}
