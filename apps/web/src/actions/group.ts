import { createGroupId } from '@sketchroom/board-model';
import { canGroup, groupPatches } from '../editor/groups.ts';
import { ActionGroup, defineAction } from './action.ts';

export const groupAction = defineAction({
  name: 'group',
  label: 'Group',
  group: ActionGroup.arrange,
  shortcuts: [{ key: 'g', accel: true }],
  isEnabled: (editor) => canGroup(editor, editor.selectedShapes()),
  // One write, so one undo step; the selection (every member) stays as it is.
  perform: (editor) =>
    editor.updateShapes(groupPatches(editor, editor.selectedShapes(), createGroupId())),
});
