import { selectionJson } from '../editor/clipboard.ts';
import { ActionGroup, clipboardOf, defineAction, hasSelection } from './action.ts';

export const copyAction = defineAction({
  name: 'copy',
  label: 'Copy',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'c', accel: true }],
  readOnlySafe: true,
  isEnabled: hasSelection,
  async perform(editor, context) {
    const json = selectionJson(editor);
    if (json) await clipboardOf(editor, context).writeClipboard(json);
  },
});
