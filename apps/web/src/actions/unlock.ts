import { lockedShapeAt, unlockAt } from '../editor/lock.ts';
import { ActionGroup, defineAction } from './action.ts';

/**
 * Unlocks the locked shape under the pointer (with its group): for the context menu,
 * whose right-click leaves the pointer on the shape it was opened on.
 */
export const unlockAction = defineAction({
  name: 'unlock',
  label: 'Unlock',
  group: ActionGroup.arrange,
  shortcuts: [],
  isEnabled: (editor) => lockedShapeAt(editor, editor.pointer.currentPage) !== undefined,
  perform: (editor) => void unlockAt(editor, editor.pointer.currentPage),
});
