import { ActionGroup, defineAction } from './action.ts';

export const undoAction = defineAction({
  name: 'undo',
  label: 'Undo',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'z', accel: true }],
  isEnabled: (editor) => editor.state.canUndo,
  perform: (editor) => editor.undo(),
});
