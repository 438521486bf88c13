import { screenPoint, type PagePoint } from '@sketchroom/geometry';
import { adoptBoardJson } from '../assets/board-json-assets.ts';
import { insertImageFiles } from '../assets/insert-images.ts';
import { looksLikeBoardJson, pasteJson, pasteText } from '../editor/clipboard.ts';
import type { Editor } from '../editor/editor.ts';
import { ActionGroup, clipboardOf, defineAction } from './action.ts';

export const pasteAction = defineAction({
  name: 'paste',
  label: 'Paste',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'v', accel: true }],
  async perform(editor, context) {
    const clipboard = clipboardOf(editor, context);
    // Shapes, images and text land under the pointer (or where the menu was opened).
    const at = context.at ?? pastePoint(editor);
    const text = await clipboard.readClipboard();
    if (text && looksLikeBoardJson(text)) {
      pasteJson(editor, await adoptBoardJson(editor, text), at);
      return;
    }
    // A screenshot or a copied image file; its file name may come along as text.
    const files = (await clipboard.readClipboardFiles?.()) ?? [];
    if (files.length > 0) await insertImageFiles(editor, files, at);
    else if (text) pasteText(editor, text, at);
  },
});

/** Where pasted shapes go: under the pointer, or the middle of the view. */
function pastePoint(editor: Editor): PagePoint {
  if (editor.pointer.isOverCanvas) return editor.pointer.currentPage;
  return viewCenter(editor);
}

export function viewCenter(editor: Editor): PagePoint {
  const { width, height } = editor.state.viewport;
  return editor.screenToPage(screenPoint(width / 2, height / 2));
}
