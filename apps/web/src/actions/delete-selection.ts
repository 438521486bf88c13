import { ActionGroup, defineAction, hasSelection } from './action.ts';

export const deleteSelectionAction = defineAction({
  name: 'delete',
  label: 'Delete',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'delete' }, { key: 'backspace' }],
  isEnabled: hasSelection,
  perform(editor) {
    editor.deleteShapes(editor.selectedIds);
    // Shapes that could not be deleted (a newer client's) stay selected.
    editor.setSelection(editor.selectedIds.filter((id) => editor.getShape(id)));
  },
});
