import { zoomTo } from '../editor/camera-ops.ts';
import { ActionGroup, defineAction } from './action.ts';

export const zoomTo100Action = defineAction({
  name: 'zoom-to-100',
  label: 'Zoom to 100%',
  group: ActionGroup.view,
  shortcuts: [{ code: 'Digit0', shift: true }],
  readOnlySafe: true,
  perform: (editor) => zoomTo(editor, 1),
});
