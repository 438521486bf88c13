import { ShapeType, type ShapeId } from '@sketchroom/board-model';
import { transact, type ShapePatch } from '@sketchroom/board-yjs';
import type { Editor } from './editor.ts';
import { fittedGeom } from './text-fit.ts';

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
