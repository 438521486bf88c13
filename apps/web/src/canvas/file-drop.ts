import { screenPoint } from '@sketchroom/geometry';
import { adoptBoardJson, MAX_BOARD_FILE_BYTES } from '../assets/board-json-assets.ts';
import { insertImageFiles, MAX_FILES_PER_ADD } from '../assets/insert-images.ts';
import type { Editor } from '../editor/editor.ts';
import { importBoardJson } from '../editor/import-json.ts';

const isJson = (file: File) => file.name.endsWith('.json') || file.type === 'application/json';

/**
 * Files dropped on the board page: a .json board file is imported (its images with it); any
 * other files are added as images where they were dropped, side by side. It listens on the
 * whole window, so a file let go over the toolbar lands on the board instead of the browser
 * leaving the board to show it.
 */
export function bridgeFileDrop(element: HTMLElement, editor: Editor): () => void {
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    const dropped = [...(event.dataTransfer?.files ?? [])];
    if (dropped.length === 0) return;
    event.preventDefault();
    const json = dropped.find(isJson);
    if (json) {
      if (json.size > MAX_BOARD_FILE_BYTES) {
        editor.platform.notify(`${json.name} is too large to import.`);
        return;
      }
      void json
        .text()
        .then((text) => adoptBoardJson(editor, text))
        .then((text) => importBoardJson(editor, text));
      return;
    }
    const bounds = element.getBoundingClientRect();
    const at = editor.screenToPage(
      screenPoint(event.clientX - bounds.left, event.clientY - bounds.top),
    );
    void insertImageFiles(editor, dropped.slice(0, MAX_FILES_PER_ADD + 1), at).catch(
      (error: unknown) => editor.platform.notify(`Could not add the images: ${String(error)}`),
    );
  };
  window.addEventListener('dragover', onDragOver);
  window.addEventListener('drop', onDrop);
  return () => {
    window.removeEventListener('dragover', onDragOver);
    window.removeEventListener('drop', onDrop);
  };
}
