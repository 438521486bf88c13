import type { ShapeId } from '@sketchroom/board-model';
import type { KeyInput } from '../../editor/input.ts';
import { ToolState, type TransitionInfo } from '../tool-state.ts';
import { polylineGeom, snapAngle } from '../polyline.ts';

/** The line's end follows the pointer; Shift snaps its angle to 15° steps. */
export class Drawing extends ToolState {
  readonly id = 'drawing';
  private shapeId: ShapeId | null = null;

  override onEnter(info: TransitionInfo): void {
    this.shapeId = info.shapeId ?? null;
    if (this.shapeId) this.editor.setGestureShapes([this.shapeId]);
    this.update();
  }

  override onPointerMove(): void {
    this.update();
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key === 'Shift') this.update();
    return false;
  }

  override onKeyUp(event: KeyInput): void {
    if (event.key === 'Shift') this.update();
  }

  override onPointerUp(): void {
    const id = this.shapeId;
    this.editor.endGesture();
    this.tool.transition('idle');
    if (id && this.editor.getShape(id)) this.editor.completeShape(id);
  }

  override onCancel(): void {
    if (this.shapeId) this.editor.deleteShapes([this.shapeId]);
    this.editor.endGesture();
    this.tool.transition('idle');
  }

  private update(): void {
    if (!this.shapeId) return;
    const { originPage, currentPage, shiftKey } = this.editor.pointer;
    const end = shiftKey ? snapAngle(originPage, currentPage) : currentPage;
    this.editor.updateShapes([{ id: this.shapeId, geom: polylineGeom([originPage, end]) }]);
  }
}
