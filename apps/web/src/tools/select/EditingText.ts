import type { KeyInput, ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';

/**
 * A text or note is open in the in-place editor. Typing goes to the text area,
 * not to the tool; pressing elsewhere closes the editor and acts as a fresh press.
 */
export class EditingText extends ToolState {
  readonly id = 'editing_text';

  override onEnter(): void {
    if (this.editor.editingId === null) this.tool.transition('idle');
  }

  override onPointerDown(event: ToolPointerEvent): void {
    const shape = this.editor.shapeAt(event.page);
    if (shape && shape.id === this.editor.editingId) return;
    // stopEditing ends this state (onEditingEnded); idle then handles this press.
    this.editor.stopEditing();
    this.tool.current.onPointerDown(event);
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key !== 'Escape') return false;
    this.editor.stopEditing();
    return true;
  }

  override onCancel(): void {
    this.editor.stopEditing();
  }

  override onEditingEnded(): void {
    this.tool.transition('idle');
  }
}
