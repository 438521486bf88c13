import { sendToBack } from '@sketchroom/board-model';
import { ActionGroup, defineAction, hasSelection } from './action.ts';

export const sendToBackAction = defineAction({
  name: 'send-to-back',
  label: 'Send to back',
  group: ActionGroup.arrange,
  shortcuts: [
    { code: 'BracketLeft', shift: true },
    { code: 'BracketLeft', accel: true, shift: true },
  ],
  isEnabled: hasSelection,
  perform(editor) {
    editor.updateShapes(sendToBack(editor.index.all(), editor.selectedIds));
  },
});
