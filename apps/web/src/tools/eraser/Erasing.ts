import type { ShapeId } from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';
import { selectableMembers } from '../../editor/groups.ts';
import { ToolState } from '../tool-state.ts';

/**
 * Shapes the pointer passes over are marked (drawn faded) and deleted together on
 * release, so one sweep is one undo step; Escape spares them. Touching a member marks
 * its whole group; locked shapes are never hit.
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
      if (!shape || this.marked.has(shape.id)) continue;
      const outer = shape.groups?.[0];
      for (const id of outer ? selectableMembers(this.editor, outer) : [shape.id]) {
        const target = this.editor.getShape(id);
        // Shapes from a newer client are never ours to delete.
        if (target && this.editor.isDeletable(target) && !this.marked.has(id)) {
          this.marked.add(id);
          changed = true;
        }
      }
    }
    if (changed) this.editor.setErasing([...this.marked]);
  }
}
