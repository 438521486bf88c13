import { looksLikeBoardJson, pasteJson, pasteText } from '../editor/clipboard.ts';
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
    const at = context.at ?? editor.pastePoint();
    if (looksLikeBoardJson(text)) pasteJson(editor, text, at);
    else pasteText(editor, text, at);
  },
});
