import { hasLabel, hasText } from '@sketchroom/board-model';
import { enterGroup, focusAfterPress, leaveGroup, unitIds } from '../../editor/groups.ts';
import type { KeyInput, ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';
import { onArrowEndHandle } from './arrow-ends.ts';

export class Idle extends ToolState {
  readonly id = 'idle';

  override onPointerDown(event: ToolPointerEvent): void {
    if (event.button !== 0) return;
    if (onArrowEndHandle(this.editor, event.page)) {
      this.tool.transition('dragging_arrow_end');
      return;
    }
    const shape = this.editor.shapeAt(event.page);
    this.editor.setFocusedGroup(focusAfterPress(this.editor, shape));
    if (!shape) {
      if (!event.shiftKey) this.editor.setSelection([]);
      this.tool.transition('pointing_canvas');
      return;
    }
    // A press picks the shape's unit: its whole group, or the shape alone.
    const unit = unitIds(this.editor, shape);
    const wasSelected = unit.every((id) => this.editor.isSelected(id));
    if (event.shiftKey) {
      if (!wasSelected) this.editor.setSelection([...this.editor.selectedIds, ...unit]);
    } else if (!wasSelected) {
      this.editor.setSelection(unit);
    }
    this.tool.transition('pointing_shape', { shapeId: shape.id, wasSelected });
  }

  /** The editor opened a text for typing: typing is a state of the select tool. */
  override onEditingStarted(): void {
    this.tool.transition('editing_text');
  }

  /** The resize/rotate handles were grabbed: they drive the gesture from here. */
  override onHandlesGrabbed(): void {
    if (!this.editor.readOnly) this.tool.transition('transforming');
  }

  override onDoubleClick(event: ToolPointerEvent): void {
    const shape = this.editor.shapeAt(event.page);
    // A grouped shape not yet entered: the double-click enters its group.
    if (shape && enterGroup(this.editor, shape)) return;
    if (shape && (hasText(shape.type) || hasLabel(shape.type))) {
      if (!this.editor.readOnly) this.editor.editShape(shape.id);
      return;
    }
    // Double-clicking empty canvas writes text there, as in most whiteboards.
    if (!shape && !this.editor.readOnly) {
      this.editor.writeTextAt(event.page, 'text');
    }
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key === 'Escape' && leaveGroup(this.editor)) return true;
    if (event.key === 'Escape' && this.editor.selectedIds.length > 0) {
      this.editor.setSelection([]);
      return true;
    }
    return false;
  }
}
