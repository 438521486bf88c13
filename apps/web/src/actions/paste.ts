import { looksLikeBoardJson, pasteJson } from '../editor/clipboard.ts';
import { ActionGroup, defineAction } from './action.ts';

export const pasteAction = defineAction({
  name: 'paste',
  label: 'Paste',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'v', accel: true }],
  async perform(editor) {
    const text = await editor.platform.readClipboard();
    if (!looksLikeBoardJson(text)) return;
    pasteJson(editor, text, editor.pastePoint());
  },
});
