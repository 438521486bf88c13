import type { ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';

/** Pressed on empty canvas: a click clears the selection, a drag draws a marquee. */
export class PointingCanvas extends ToolState {
  readonly id = 'pointing_canvas';

  override onPointerMove(): void {
    if (this.editor.pointer.isDragging) this.tool.transition('brushing');
  }

  override onPointerUp(_event: ToolPointerEvent): void {
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.tool.transition('idle');
  }
}
