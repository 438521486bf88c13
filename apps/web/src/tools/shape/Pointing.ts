import type { ToolPointerEvent } from '../../editor/input.ts';
import { ToolState } from '../tool-state.ts';
import { boxShapeType, clickBox } from './box-shape.ts';

/** Pressed with a shape tool: a drag sizes a new shape, a click drops a default one. */
export class Pointing extends ToolState {
  readonly id = 'pointing';

  override onPointerMove(): void {
    if (!this.editor.pointer.isDragging) return;
    // Starts on the grid when it is on, as the corner Sizing keeps there.
    const origin = this.editor.snapping.newPoint(this.editor.pointer.originPage);
    this.editor.beginGesture([]);
    const id = this.editor.createShape(boxShapeType(this.tool.id), {
      x: origin.x,
      y: origin.y,
      width: 1,
      height: 1,
    });
    if (!id) {
      this.tool.transition('idle');
      return;
    }
    this.tool.transition('sizing', { shapeId: id });
  }

  override onPointerUp(event: ToolPointerEvent): void {
    this.tool.transition('idle');
    this.editor.beginGesture([]);
    const box = clickBox(event.page);
    const corner = this.editor.snapping.newPoint({ x: box.x, y: box.y });
    const id = this.editor.createShape(boxShapeType(this.tool.id), { ...box, ...corner });
    this.editor.endGesture();
    if (id) this.editor.completeShape(id);
  }

  override onCancel(): void {
    this.tool.transition('idle');
  }
}
