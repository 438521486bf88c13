import { ActionGroup, defineAction } from './action.ts';

export const selectAllAction = defineAction({
  name: 'select-all',
  label: 'Select all',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'a', accel: true }],
  readOnlySafe: true,
  perform(editor) {
    editor.setTool(editor.homeToolId);
    editor.setSelection(editor.index.all().map((shape) => shape.id));
  },
});
