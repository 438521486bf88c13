import { bringToFront } from '@sketchroom/board-model';
import { ActionGroup, defineAction, hasSelection } from './action.ts';

export const bringToFrontAction = defineAction({
  name: 'bring-to-front',
  label: 'Bring to front',
  group: ActionGroup.arrange,
  shortcuts: [
    { code: 'BracketRight', shift: true },
    { code: 'BracketRight', accel: true, shift: true },
  ],
  isEnabled: hasSelection,
  perform(editor) {
    editor.updateShapes(bringToFront(editor.index.all(), editor.selectedIds));
  },
});
