import { duplicateSelection } from '../editor/clipboard.ts';
import { ActionGroup, defineAction, hasSelection } from './action.ts';

export const duplicateSelectionAction = defineAction({
  name: 'duplicate',
  label: 'Duplicate',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'd', accel: true }],
  isEnabled: hasSelection,
  perform: (editor) => void duplicateSelection(editor),
});
