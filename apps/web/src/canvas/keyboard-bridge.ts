import { ShapeType } from '@sketchroom/board-model';
import { handleKeyDown } from '../actions/keyboard.ts';
import { looksLikeBoardJson, pasteJson, selectionJson } from '../editor/clipboard.ts';
import type { Editor } from '../editor/editor.ts';
import { importBoardJson } from '../editor/import-json.ts';
import { isAccel, type KeyInput } from '../editor/input.ts';

/** Keys typed into a field (the title, the text editor) are not canvas shortcuts. */
function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function toKey(event: KeyboardEvent): KeyInput {
  return {
    key: event.key,
    code: event.code,
    repeat: event.repeat,
    shiftKey: event.shiftKey,
    altKey: event.altKey,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
  };
}

/**
 * Window-level keys and clipboard for the board. Copy, cut and paste go through
 * the browser's clipboard events (no permission prompt, works between boards and
 * tabs); every other shortcut is looked up in the action registry.
 */
export function bridgeKeyboard(editor: Editor): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (isEditable(event.target) || event.isComposing) return;
    const key = event.key.toLowerCase();
    // Let the browser raise copy/cut/paste events for these.
    if (isAccel(event) && !event.shiftKey && (key === 'c' || key === 'x' || key === 'v')) return;
    if (handleKeyDown(editor, toKey(event))) event.preventDefault();
  };
  const onKeyUp = (event: KeyboardEvent) => {
    if (isEditable(event.target)) return;
    editor.input.keyUp(toKey(event));
  };
  const onBlur = () => editor.input.pointerCancel();

  const onCopy = (event: ClipboardEvent) => {
    if (isEditable(event.target) || !event.clipboardData) return;
    const json = selectionJson(editor);
    if (!json) return;
    event.clipboardData.setData('text/plain', json);
    event.preventDefault();
    if (event.type === 'cut') editor.deleteShapes(editor.selectedIds);
  };
  const onPaste = (event: ClipboardEvent) => {
    if (isEditable(event.target) || !event.clipboardData || editor.readOnly) return;
    const text = event.clipboardData.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    if (looksLikeBoardJson(text)) {
      pasteJson(editor, text, editor.pastePoint());
      return;
    }
    // Plain text becomes a text shape where the pointer is.
    editor.batch(() => {
      const at = editor.pastePoint();
      const id = editor.createShape(ShapeType.text, { x: at.x, y: at.y, rotation: 0 }, text);
      if (id) editor.setShapeText(id, text, estimateSize(text));
      if (id) editor.setSelection([id]);
    });
  };

  window.addEventListener('keydown', onKeyDown);
  window.addEventListener('keyup', onKeyUp);
  window.addEventListener('blur', onBlur);
  document.addEventListener('copy', onCopy);
  document.addEventListener('cut', onCopy);
  document.addEventListener('paste', onPaste);
  return () => {
    window.removeEventListener('keydown', onKeyDown);
    window.removeEventListener('keyup', onKeyUp);
    window.removeEventListener('blur', onBlur);
    document.removeEventListener('copy', onCopy);
    document.removeEventListener('cut', onCopy);
    document.removeEventListener('paste', onPaste);
  };
}

function estimateSize(text: string) {
  const lines = text.split('\n');
  const longest = Math.max(...lines.map((l) => l.length));
  return { width: longest * 12, height: lines.length * 25 };
}

/** Dropping a .json board file on the canvas imports it. */
export function bridgeFileDrop(element: HTMLElement, editor: Editor): () => void {
  const onDragOver = (event: DragEvent) => {
    if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    const file = [...(event.dataTransfer?.files ?? [])].find(
      (f) => f.name.endsWith('.json') || f.type === 'application/json',
    );
    if (!file) return;
    event.preventDefault();
    void file.text().then((text) => importBoardJson(editor, text));
  };
  element.addEventListener('dragover', onDragOver);
  element.addEventListener('drop', onDrop);
  return () => {
    element.removeEventListener('dragover', onDragOver);
    element.removeEventListener('drop', onDrop);
  };
}
