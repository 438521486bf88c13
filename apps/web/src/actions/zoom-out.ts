import { zoomOut } from '../editor/camera-ops.ts';
import { ActionGroup, defineAction } from './action.ts';

export const zoomOutAction = defineAction({
  name: 'zoom-out',
  label: 'Zoom out',
  group: ActionGroup.view,
  shortcuts: [{ code: 'Minus', accel: true }, { code: 'Minus' }],
  readOnlySafe: true,
  perform: (editor) => zoomOut(editor),
});
