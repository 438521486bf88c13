import { lockedShapeAt, lockSelection, unlockAt } from '../editor/lock.ts';
import { ActionGroup, defineAction } from './action.ts';

/** Locks the selection; with nothing selected, unlocks the locked shape under the pointer. */
export const toggleLockAction = defineAction({
  name: 'toggle-lock',
  label: 'Lock / unlock',
  group: ActionGroup.arrange,
  shortcuts: [{ key: 'l', accel: true, shift: true }],
  isEnabled: (editor) =>
    editor.selectedIds.length > 0 ||
    lockedShapeAt(editor, editor.pointer.currentPage) !== undefined,
  perform(editor) {
    if (editor.selectedIds.length > 0) lockSelection(editor);
    else unlockAt(editor, editor.pointer.currentPage);
  },
});
