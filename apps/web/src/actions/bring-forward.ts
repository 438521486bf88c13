import { bringForward } from '@sketchroom/board-model';
import { ActionGroup, defineAction, hasSelection } from './action.ts';

export const bringForwardAction = defineAction({
  name: 'bring-forward',
  label: 'Bring forward',
  group: ActionGroup.arrange,
  shortcuts: [{ code: 'BracketRight' }, { code: 'BracketRight', accel: true }],
  isEnabled: hasSelection,
  perform(editor) {
    editor.updateShapes(bringForward(editor.index.all(), editor.selectedIds));
  },
});
