import type { ShapeId } from '@sketchroom/board-model';
import { unitIds } from '../../editor/groups.ts';
import type { ToolPointerEvent } from '../../editor/input.ts';
import { ToolState, type TransitionInfo } from '../tool-state.ts';

/**
 * Pressed on a shape. A drag moves the selection; a click settles the selection:
 * shift-click on an already selected shape removes it (its whole group), a plain click
 * on one shape (or group) of a multi-selection narrows the selection to it.
 */
export class PointingShape extends ToolState {
  readonly id = 'pointing_shape';
  private shapeId: ShapeId | null = null;
  private wasSelected = false;

  override onEnter(info: TransitionInfo): void {
    this.shapeId = info.shapeId ?? null;
    this.wasSelected = info.wasSelected ?? false;
  }

  override onPointerMove(): void {
    if (this.editor.pointer.isDragging && !this.editor.readOnly) {
      this.tool.transition('translating');
    }
  }

  override onPointerUp(event: ToolPointerEvent): void {
    const shape = this.shapeId ? this.editor.getShape(this.shapeId) : undefined;
    if (shape && this.wasSelected) {
      const unit = new Set(unitIds(this.editor, shape));
      if (event.shiftKey) {
        this.editor.setSelection(this.editor.selectedIds.filter((other) => !unit.has(other)));
      } else if (this.editor.selectedIds.length > unit.size) {
        this.editor.setSelection([...unit]);
      }
    }
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.tool.transition('idle');
  }
}
