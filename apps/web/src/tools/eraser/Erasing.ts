import type { ShapeId } from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';
import { ToolState } from '../tool-state.ts';

/**
 * Shapes the pointer passes over are marked (drawn faded) and deleted together on
 * release, so one sweep is one undo step; Escape spares them.
 */
export class Erasing extends ToolState {
  readonly id = 'erasing';
  private marked = new Set<ShapeId>();

  override onEnter(): void {
    this.marked = new Set();
    const { originPage } = this.editor.pointer;
    this.sweep(originPage, originPage);
  }

  override onPointerMove(): void {
    const { previousPage, currentPage } = this.editor.pointer;
    this.sweep(previousPage, currentPage);
  }

  override onPointerUp(): void {
    const ids = [...this.marked].filter((id) => this.editor.getShape(id));
    this.editor.setErasing([]);
    if (ids.length > 0) this.editor.batch(() => this.editor.deleteShapes(ids));
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.editor.setErasing([]);
    this.tool.transition('idle');
  }

  /** Tests points along the segment so a fast stroke does not skip small shapes. */
  private sweep(from: Vec, to: Vec): void {
    const stepPage = 4 / this.editor.camera.zoom;
    const steps = Math.max(1, Math.ceil(Math.hypot(to.x - from.x, to.y - from.y) / stepPage));
    let changed = false;
    for (let i = 0; i <= steps; i++) {
      const t = i / steps;
      const point = { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
      const shape = this.editor.shapeAt(point);
      // Shapes from a newer client are never ours to delete.
      if (shape && this.editor.isDeletable(shape) && !this.marked.has(shape.id)) {
        this.marked.add(shape.id);
        changed = true;
      }
    }
    if (changed) this.editor.setErasing([...this.marked]);
  }
}
