import type { ShapeId } from '@sketchroom/board-model';
import { boxFromCorners } from '@sketchroom/geometry';
import { wholeUnits } from '../../editor/groups.ts';
import { ToolState } from '../tool-state.ts';

/**
 * Dragging a marquee: shapes fully inside it are selected (added to, with Shift); a
 * group only when all of it is inside.
 */
export class Brushing extends ToolState {
  readonly id = 'brushing';
  private initial: readonly ShapeId[] = [];

  override onEnter(): void {
    this.initial = this.editor.pointer.shiftKey ? this.editor.selectedIds : [];
    this.update();
  }

  override onPointerMove(): void {
    this.update();
  }

  override onPointerUp(): void {
    this.editor.setBrush(null);
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.editor.setBrush(null);
    this.editor.setSelection(this.initial);
    this.tool.transition('idle');
  }

  override onExit(): void {
    this.editor.setBrush(null);
  }

  private update(): void {
    const { originPage, currentPage } = this.editor.pointer;
    const brush = boxFromCorners(originPage, currentPage);
    this.editor.setBrush(brush);
    const inside = wholeUnits(this.editor, this.editor.shapesInMarquee(brush));
    const merged = new Set<ShapeId>([...this.initial, ...inside]);
    this.editor.setSelection([...merged]);
  }
}
