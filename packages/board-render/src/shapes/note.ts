import { DEFAULT_FONT_SIZE, type NoteShape, type Style } from '@sketchroom/board-model';
import type { DrawCommand, Shadow } from '../commands.ts';
import { fillOf, isReadable, type RenderOptions } from '../render-options.ts';
import { fontStackFor } from '../fonts.ts';
import { layoutLines, linesHeight, textCommands, type MeasureText } from '../text-layout.ts';
import { displayColor, isPaper, NOTE_TEXT } from '../theme.ts';

/** Space between a note's edge and its text, in page units. */
export const NOTE_PADDING = 16;
export const NOTE_CORNER_RADIUS = 4;
export const NOTE_SHADOW: Readonly<Shadow> = {
  color: '#000000',
  alpha: 0.18,
  blur: 8,
  offsetX: 0,
  offsetY: 3,
};

/** Paper with a soft shadow, then the text wrapped inside the padding. */
export function renderNote(shape: NoteShape, options: RenderOptions): DrawCommand[] {
  const { width, height } = shape.geom;
  const commands: DrawCommand[] = [
    {
      type: 'path',
      geometry: { kind: 'rect', x: 0, y: 0, width, height, radius: NOTE_CORNER_RADIUS },
      fill: fillOf(shape.style),
      stroke: null,
      shadow: NOTE_SHADOW,
    },
  ];
  const fontSize = shape.style.fontSize ?? DEFAULT_FONT_SIZE;
  if (options.hideText || !isReadable(fontSize, options)) return commands;
  // A note without paper (a transparent fill) draws its text like any ink on the canvas.
  const color =
    displayColor(shape.style.stroke, options.theme, isPaper(shape.style.fill)) || NOTE_TEXT;
  commands.push(
    ...textCommands({
      text: shape.text,
      fontSize,
      fontFamily: fontStackFor(shape.style),
      color,
      inset: NOTE_PADDING,
      maxWidth: Math.max(1, width - NOTE_PADDING * 2),
      measure: options.measureText,
    }),
  );
  return commands;
}

/**
 * The height a note of this width and style needs to show all of `text` inside
 * its padding. Notes grow to it as text arrives; they never shrink on their own.
 */
export function noteHeightFor(
  text: string,
  width: number,
  style: Style,
  measure: MeasureText,
): number {
  const fontSize = style.fontSize ?? DEFAULT_FONT_SIZE;
  const wrap = Math.max(1, width - NOTE_PADDING * 2);
  const lines = layoutLines(text, fontSize, wrap, measure, fontStackFor(style));
  return Math.ceil(linesHeight(lines.length, fontSize) + NOTE_PADDING * 2);
}
