import { ungroupPatches } from '../editor/groups.ts';
import { ActionGroup, defineAction } from './action.ts';

export const ungroupAction = defineAction({
  name: 'ungroup',
  label: 'Ungroup',
  group: ActionGroup.arrange,
  shortcuts: [{ key: 'g', accel: true, shift: true }],
  isEnabled: (editor) => ungroupPatches(editor, editor.selectedShapes()).length > 0,
  perform: (editor) => editor.updateShapes(ungroupPatches(editor, editor.selectedShapes())),
});
