import { DEFAULT_FONT_SIZE, hasLabel, ShapeType, type Shape } from '@sketchroom/board-model';
import {
  fontStackFor,
  labelLayout,
  linesHeight,
  NOTE_PADDING,
  noteHeightFor,
  type MeasureText,
  type TextFont,
} from '@sketchroom/board-render';

/**
 * Where the in-place text area sits over a shape, in the shape's own local box
 * (page units, before its rotation), set as the canvas sets that shape's text
 * so the caret and the drawn text line up.
 */
export interface TextEditorBox {
  x: number;
  y: number;
  width: number;
  height: number;
  padding: number;
  font: TextFont;
  align: 'left' | 'center';
  /** Wraps at the box width (notes, labels); a text box grows instead. */
  wrap: boolean;
  /** Arrow labels sit on a patch of canvas so the line does not run through them. */
  knockout: boolean;
}

export function textEditorBox(shape: Shape, text: string, measure: MeasureText): TextEditorBox {
  const { width, height } = shape.geom;
  const size = shape.style.fontSize ?? DEFAULT_FONT_SIZE;
  const font = { size, family: fontStackFor(shape.style) };
  if (shape.type === ShapeType.note) {
    // Taller than the paper until the write that grows it lands: never hide the caret.
    const fit = Math.max(height, noteHeightFor(text, width, shape.style, measure));
    return {
      ...at(0, 0, width, fit),
      padding: NOTE_PADDING,
      font,
      align: 'left',
      wrap: true,
      knockout: false,
    };
  }
  if (hasLabel(shape.type)) {
    const layout = labelLayout(shape, text, measure);
    const boxHeight = Math.max(layout.height, linesHeight(1, layout.font.size));
    return {
      ...at(
        layout.cx - layout.wrapWidth / 2,
        layout.cy - boxHeight / 2,
        layout.wrapWidth,
        boxHeight,
      ),
      padding: 0,
      font: layout.font,
      align: 'center',
      wrap: true,
      knockout: shape.type === ShapeType.arrow,
    };
  }
  // A text box: room for a few more characters than it has, so typing never scrolls it.
  const roomy = Math.max(width, size * 4) + size;
  return {
    ...at(0, 0, roomy, height),
    padding: 0,
    font,
    align: 'left',
    wrap: false,
    knockout: false,
  };
}

function at(x: number, y: number, width: number, height: number) {
  return { x, y, width, height };
}
