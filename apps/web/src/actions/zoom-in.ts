import { zoomIn } from '../editor/camera-ops.ts';
import { ActionGroup, defineAction } from './action.ts';

export const zoomInAction = defineAction({
  name: 'zoom-in',
  label: 'Zoom in',
  group: ActionGroup.view,
  shortcuts: [
    { code: 'Equal', accel: true, shift: 'any' },
    { code: 'Equal', shift: 'any' },
  ],
  readOnlySafe: true,
  perform: (editor) => zoomIn(editor),
});
