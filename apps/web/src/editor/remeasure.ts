import {
  hasLabel,
  ShapeType,
  type Geom,
  type Shape,
  type ShapeId,
  type Style,
} from '@sketchroom/board-model';
import {
  estimateWidth,
  fontStackFor,
  labelFitHeight,
  noteHeightFor,
  textShapeSize,
  type MeasureText,
} from '@sketchroom/board-render';
import { transact, type ShapePatch } from '@sketchroom/board-yjs';
import type { Editor } from './editor.ts';

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

/**
 * Style patches with the geometry their new font needs, so a font change never
 * clips text: every collaborator and every export sees the re-measured box.
 */
export function withRemeasure(editor: Editor, patches: ShapePatch[]): ShapePatch[] {
  return patches.map((patch) => {
    const style = patch.style;
    if (!style || (style.fontSize === undefined && style.fontFamily === undefined)) return patch;
    const shape = editor.getShape(patch.id);
    if (!shape) return patch;
    const geom = fittedGeom(shape, shape.text ?? '', { ...shape.style, ...style });
    return geom ? { ...patch, geom: { ...patch.geom, ...geom } } : patch;
  });
}

/** Writes a shape's text and the geometry it needs, in one transaction (one update for peers). */
export function writeText(editor: Editor, id: ShapeId, text: string): void {
  const shape = editor.getShape(id);
  if (!shape || editor.readOnly) return;
  const geom = fittedGeom(shape, text);
  transact(editor.board.doc, 'local', () => {
    editor.batch(() => {
      editor.setShapeText(id, text);
      if (geom) editor.updateShapes([{ id, geom }]);
    });
  });
}

/** What growing shapes needs of the editor (tools see it through their ToolHost). */
export type FitHost = Pick<Editor, 'getShape' | 'readOnly' | 'updateShapes'>;

/**
 * Grows shapes whose text no longer fits: after a peer's typing merged with
 * ours, or a resize that left a label too little room.
 */
export function fitShapes(editor: FitHost, ids: readonly ShapeId[]): void {
  if (editor.readOnly) return;
  const patches = ids.flatMap((id) => {
    const shape = editor.getShape(id);
    // Text boxes are sized by whoever types; only growing is safe to repeat on every client.
    if (!shape || shape.type === ShapeType.text) return [];
    const geom = fittedGeom(shape, shape.text ?? '');
    return geom ? [{ id, geom }] : [];
  });
  if (patches.length > 0) editor.updateShapes(patches);
}
