import { hasLabel, ShapeType, type Geom, type Shape, type Style } from '@sketchroom/board-model';
import {
  estimateWidth,
  fontStackFor,
  labelFitHeight,
  noteHeightFor,
  textShapeSize,
  type MeasureText,
} from '@sketchroom/board-render';

// Text is measured in the browser: the canvas installs its measure here, and the
// estimate serves DOM-free tests.
let measure: MeasureText = estimateWidth;

export function setTextMeasure(real: MeasureText): void {
  measure = real;
}

export function textMeasure(): MeasureText {
  return measure;
}

/**
 * `geom` made `height` tall with its top-left corner kept where it shows on the
 * page: for a rotated shape the box centre moves along the rotated vertical.
 */
export function grownGeom(geom: Geom, height: number): Partial<Geom> {
  const extra = (height - geom.height) / 2;
  const angle = (geom.rotation * Math.PI) / 180;
  const cx = geom.x + geom.width / 2 - Math.sin(angle) * extra;
  const cy = geom.y + geom.height / 2 + Math.cos(angle) * extra;
  return { x: cx - geom.width / 2, y: cy - height / 2, height };
}

/**
 * The geometry `shape` needs to show `text` in `style`, or null when it has it:
 * a text box takes its measured size; a note and a labelled shape grow taller
 * to fit (they never shrink on their own, so a size someone chose stays).
 */
export function fittedGeom(
  shape: Shape,
  text: string,
  style: Style = shape.style,
  measureWith: MeasureText = measure,
): Partial<Geom> | null {
  const { geom } = shape;
  if (shape.type === ShapeType.text) {
    const fontSize = style.fontSize ?? 20;
    const size = textShapeSize(text, { size: fontSize, family: fontStackFor(style) }, measureWith);
    return size.width === geom.width && size.height === geom.height ? null : size;
  }
  if (shape.type === ShapeType.note) {
    const height = noteHeightFor(text, geom.width, style, measureWith);
    return height > geom.height ? grownGeom(geom, height) : null;
  }
  if (hasLabel(shape.type)) {
    const height = labelFitHeight({ type: shape.type, geom, style }, text, measureWith);
    return height === null ? null : grownGeom(geom, height);
  }
  return null;
}
