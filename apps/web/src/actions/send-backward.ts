import { sendBackward } from '@sketchroom/board-model';
import { ActionGroup, defineAction, hasSelection } from './action.ts';

export const sendBackwardAction = defineAction({
  name: 'send-backward',
  label: 'Send backward',
  group: ActionGroup.arrange,
  shortcuts: [{ code: 'BracketLeft' }, { code: 'BracketLeft', accel: true }],
  isEnabled: hasSelection,
  perform(editor) {
    editor.updateShapes(sendBackward(editor.index.all(), editor.selectedIds));
  },
});
