import type { ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';

/** Dragging the canvas: the page point under the pointer stays under it. */
export class Panning extends ToolState {
  readonly id = 'panning';
  private last = { x: 0, y: 0 };

  override onEnter(): void {
    this.last = this.editor.pointer.currentScreen;
  }

  override onPointerMove(event: ToolPointerEvent): void {
    this.editor.panBy({ x: event.point.x - this.last.x, y: event.point.y - this.last.y });
    this.last = event.point;
  }

  override onPointerUp(): void {
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.tool.transition('idle');
  }
}
