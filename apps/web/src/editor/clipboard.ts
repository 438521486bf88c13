import {
  boundsOfShapes,
  BOARD_JSON_FORMAT,
  ShapeType,
  type ShapeId,
} from '@sketchroom/board-model';
import { BoardImportError } from '@sketchroom/board-yjs';
import { boxCenter, type Vec } from '@sketchroom/geometry';
import type { Editor } from './editor.ts';

// Copy, cut, paste and duplicate. Every write goes through the editor's write methods,
// which do the one read-only check; nothing here touches the document directly.

/** How far a duplicate (or a paste with nowhere better to go) lands from its original. */
export const DUPLICATE_OFFSET = 16;

/** The selection as board JSON text: what copy puts on the clipboard. */
export function selectionJson(editor: Editor): string | null {
  if (editor.selectedIds.length === 0) return null;
  return JSON.stringify(editor.board.exportJson([...editor.selectedIds]));
}

/** Cheap check before parsing: is this clipboard text ours at all? */
export function looksLikeBoardJson(text: string): boolean {
  return text.includes(BOARD_JSON_FORMAT);
}

/**
 * Adds the shapes in board JSON (from any board) centred on `at` and selects
 * them, as one undo step. Returns the new ids, or null if the text is not a board.
 */
export function pasteJson(editor: Editor, text: string, at: Vec | null): ShapeId[] | null {
  try {
    return editor.batch(() => {
      const ids = editor.insertJson(text);
      moveShapes(editor, ids, at);
      if (ids.length > 0) editor.setSelection(ids);
      return ids;
    });
  } catch (error) {
    if (error instanceof BoardImportError) {
      editor.platform.notify(`Could not paste: ${error.message}`);
      return null;
    }
    throw error;
  }
}

/** Plain text from another program becomes a text shape at `at`, selected. */
export function pasteText(editor: Editor, text: string, at: Vec): ShapeId | null {
  return editor.batch(() => {
    const id = editor.createShape(ShapeType.text, { x: at.x, y: at.y, rotation: 0 }, text);
    if (!id) return null;
    editor.setShapeText(id, text, estimateSize(text));
    editor.setSelection([id]);
    return id;
  });
}

/** Copies the selection in place, nudged down-right, and selects the copies. */
export function duplicateSelection(editor: Editor): ShapeId[] {
  const json = selectionJson(editor);
  if (!json) return [];
  return editor.batch(() => {
    const ids = editor.insertJson(json);
    const patches = ids.flatMap((id) => {
      const shape = editor.getShape(id);
      if (!shape) return [];
      const { x, y } = shape.geom;
      return [{ id, geom: { x: x + DUPLICATE_OFFSET, y: y + DUPLICATE_OFFSET } }];
    });
    editor.updateShapes(patches);
    if (ids.length > 0) editor.setSelection(ids);
    return ids;
  });
}

function moveShapes(editor: Editor, ids: ShapeId[], at: Vec | null): void {
  const shapes = ids.flatMap((id) => editor.getShape(id) ?? []);
  const bounds = boundsOfShapes(shapes);
  if (!bounds) return;
  const center = boxCenter(bounds);
  const target = at ?? { x: center.x + DUPLICATE_OFFSET, y: center.y + DUPLICATE_OFFSET };
  const dx = target.x - center.x;
  const dy = target.y - center.y;
  editor.updateShapes(
    shapes.map((s) => ({ id: s.id, geom: { x: s.geom.x + dx, y: s.geom.y + dy } })),
  );
}

/** A first size for pasted text, before the text editor measures it. */
function estimateSize(text: string) {
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  return { width: longest * 12, height: lines.length * 25 };
}
