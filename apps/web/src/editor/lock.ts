import type { Shape, ShapeId } from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';
import { HIT_SLOP_PX, type Editor } from './editor.ts';
import { selectableMembers } from './groups.ts';

// A locked shape draws and exports as ever, but the canvas lets it be: it cannot be
// selected (editor.setSelection), hit (editor.shapeAt), brushed or erased until unlocked.

/** The topmost locked shape under a page point: what a right-click or Ctrl+Shift+L unlocks. */
export function lockedShapeAt(editor: Editor, point: Vec): Shape | undefined {
  return editor.index.hitTest(point, HIT_SLOP_PX / editor.camera.zoom, (shape) => !!shape.locked);
}

/** Locks every selected shape (whole groups, since the selection holds them); one undo step. */
export function lockSelection(editor: Editor): void {
  editor.updateShapes(editor.selectedIds.map((id) => ({ id, locked: true })));
  editor.setSelection([]);
}

/** Unlocks the locked shape under a page point, with the locked rest of its outermost group. */
export function unlockAt(editor: Editor, point: Vec): ShapeId[] {
  const shape = lockedShapeAt(editor, point);
  if (!shape) return [];
  const outer = shape.groups?.[0];
  const locked = outer ? editor.groupMembers(outer).filter((s) => s.locked) : [shape];
  return unlock(editor, locked);
}

/** Unlocks every locked shape on the board: the way back from any lock. */
export function unlockAll(editor: Editor): ShapeId[] {
  return unlock(
    editor,
    editor.index.all().filter((shape) => shape.locked),
  );
}

/** Unlocks shapes as one undo step and selects them, whole groups at the top level. */
function unlock(editor: Editor, shapes: readonly Shape[]): ShapeId[] {
  if (shapes.length === 0 || editor.readOnly) return [];
  const ids = shapes.map((shape) => shape.id);
  editor.updateShapes(ids.map((id) => ({ id, locked: false })));
  editor.setFocusedGroup(null);
  const outer = new Set(shapes.flatMap((shape) => shape.groups?.[0] ?? []));
  editor.setSelection([
    ...ids.filter((id) => !editor.getShape(id)?.groups),
    ...[...outer].flatMap((group) => selectableMembers(editor, group)),
  ]);
  return ids;
}
