import { hasLabel, hasText } from '@sketchroom/board-model';
import type { Editor } from '../editor/editor.ts';
import { ActionGroup, defineAction } from './action.ts';

/** The one selected shape whose text or label can be typed in, if there is exactly one. */
function editableShape(editor: Editor) {
  if (editor.selectedIds.length !== 1) return undefined;
  const shape = editor.getShape(editor.selectedIds[0]);
  return shape && (hasText(shape.type) || hasLabel(shape.type)) ? shape : undefined;
}

export const editTextAction = defineAction({
  name: 'edit-text',
  label: 'Edit text or label',
  group: ActionGroup.edit,
  shortcuts: [{ key: 'enter' }],
  isEnabled: (editor) => editor.editingId === null && editableShape(editor) !== undefined,
  perform(editor) {
    const shape = editableShape(editor);
    if (shape) editor.editShape(shape.id);
  },
});
