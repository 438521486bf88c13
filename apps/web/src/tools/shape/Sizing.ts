import type { ShapeId } from '@sketchroom/board-model';
import type { KeyInput } from '../../editor/input.ts';
import { ToolState, type TransitionInfo } from '../tool-state.ts';
import { dragBox } from './box-shape.ts';

/** Dragging out a new rectangle, ellipse or diamond. */
export class Sizing extends ToolState {
  readonly id = 'sizing';
  private shapeId: ShapeId | null = null;

  override onEnter(info: TransitionInfo): void {
    this.shapeId = info.shapeId ?? null;
    if (this.shapeId) this.editor.setGestureShapes([this.shapeId]);
    this.resize();
  }

  override onPointerMove(): void {
    this.resize();
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key === 'Shift' || event.key === 'Alt') this.resize();
    return false;
  }

  override onKeyUp(event: KeyInput): void {
    if (event.key === 'Shift' || event.key === 'Alt') this.resize();
  }

  override onPointerUp(): void {
    const id = this.shapeId;
    // Sized to where the pointer let go, even when no move reached us after the first.
    this.resize();
    this.editor.endGesture();
    this.tool.transition('idle');
    if (id && this.editor.getShape(id)) this.editor.completeShape(id);
  }

  override onCancel(): void {
    if (this.shapeId) this.editor.deleteShapes([this.shapeId]);
    this.editor.endGesture();
    this.tool.transition('idle');
  }

  private resize(): void {
    if (!this.shapeId) return;
    const { originPage, currentPage, shiftKey, altKey } = this.editor.pointer;
    // With the grid on, both corners land on it.
    const from = this.editor.snapping.newPoint(originPage);
    const to = this.editor.snapping.newPoint(currentPage);
    const box = dragBox(from, to, shiftKey, altKey);
    this.editor.updateShapes([{ id: this.shapeId, geom: box }]);
  }
}
