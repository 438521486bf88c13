import { zoomToSelection } from '../editor/camera-ops.ts';
import { ActionGroup, defineAction, hasSelection } from './action.ts';

export const zoomToSelectionAction = defineAction({
  name: 'zoom-to-selection',
  label: 'Zoom to selection',
  group: ActionGroup.view,
  shortcuts: [{ code: 'Digit2', shift: true }],
  readOnlySafe: true,
  isEnabled: hasSelection,
  perform: (editor) => zoomToSelection(editor),
});
