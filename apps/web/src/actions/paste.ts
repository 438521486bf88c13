import { screenPoint, type PagePoint } from '@sketchroom/geometry';
import { looksLikeBoardJson, pasteJson, pasteText } from '../editor/clipboard.ts';
import type { Editor } from '../editor/editor.ts';
import { ActionGroup, clipboardOf, defineAction } from './action.ts';

export const pasteAction = defineAction({
  name: 'paste',
  label: 'Paste',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'v', accel: true }],
  async perform(editor, context) {
    const text = await clipboardOf(editor, context).readClipboard();
    if (!text) return;
    // Shapes from a board land under the pointer (or where the menu was opened); any other
    // text becomes a text shape there.
    const at = context.at ?? pastePoint(editor);
    if (looksLikeBoardJson(text)) pasteJson(editor, text, at);
    else pasteText(editor, text, at);
  },
});

/** Where pasted shapes go: under the pointer, or the middle of the view. */
function pastePoint(editor: Editor): PagePoint {
  if (editor.pointer.isOverCanvas) return editor.pointer.currentPage;
  const { width, height } = editor.state.viewport;
  return editor.screenToPage(screenPoint(width / 2, height / 2));
}
