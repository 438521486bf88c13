import { selectionJson } from '../editor/clipboard.ts';
import { ActionGroup, clipboardOf, defineAction, hasSelection } from './action.ts';

export const cutAction = defineAction({
  name: 'cut',
  label: 'Cut',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'x', accel: true }],
  isEnabled: hasSelection,
  async perform(editor, context) {
    const json = selectionJson(editor);
    if (!json) return;
    const ids = editor.selectedIds;
    // Delete only once the clipboard holds the shapes, or they could be lost.
    await clipboardOf(editor, context).writeClipboard(json);
    editor.deleteShapes(ids);
  },
});
