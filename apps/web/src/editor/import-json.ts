import type { ShapeId } from '@sketchroom/board-model';
import { BoardImportError } from '@sketchroom/board-yjs';
import { zoomToFit } from './camera-ops.ts';
import type { Editor } from './editor.ts';

/**
 * Adds a board file's shapes where they were drawn, selects them and brings them
 * into view. Import is not an undoable edit (board-yjs tracks only `local`).
 */
export function importBoardJson(editor: Editor, text: string): ShapeId[] {
  try {
    const ids = editor.insertJson(text, 'import');
    // Nothing added (an empty file, or a read-only board): leave the view alone.
    if (ids.length === 0) return ids;
    editor.setTool(editor.homeToolId);
    editor.setSelection(ids);
    zoomToFit(editor, ids);
    return ids;
  } catch (error) {
    if (!(error instanceof BoardImportError)) throw error;
    editor.platform.notify(`Could not import: ${error.message}`);
    return [];
  }
}
