import type { ShapeId } from '@sketchroom/board-model';
import type { ToolPointerEvent } from '../../editor/input.ts';
import { ToolState, type TransitionInfo } from '../tool-state.ts';

/**
 * Pressed on a shape. A drag moves the selection; a click settles the selection:
 * shift-click on an already selected shape removes it, a plain click on one shape
 * of a multi-selection narrows the selection to it.
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
    const id = this.shapeId;
    if (id && this.wasSelected) {
      if (event.shiftKey) {
        this.editor.setSelection(this.editor.selectedIds.filter((other) => other !== id));
      } else if (this.editor.selectedIds.length > 1) {
        this.editor.setSelection([id]);
      }
    }
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.tool.transition('idle');
  }
}
