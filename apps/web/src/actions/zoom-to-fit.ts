import { zoomToFit } from '../editor/camera-ops.ts';
import { ActionGroup, defineAction } from './action.ts';

export const zoomToFitAction = defineAction({
  name: 'zoom-to-fit',
  label: 'Zoom to fit',
  group: ActionGroup.view,
  shortcuts: [{ code: 'Digit1', shift: true }],
  readOnlySafe: true,
  perform: (editor) => zoomToFit(editor),
});
