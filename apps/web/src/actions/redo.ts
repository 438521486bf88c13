import { ActionGroup, defineAction } from './action.ts';

export const redoAction = defineAction({
  name: 'redo',
  label: 'Redo',
  group: ActionGroup.edit,
  shortcuts: [
    { key: 'z', accel: true, shift: true },
    { key: 'y', accel: true },
  ],
  isEnabled: (editor) => editor.state.canRedo,
  perform: (editor) => editor.redo(),
});
