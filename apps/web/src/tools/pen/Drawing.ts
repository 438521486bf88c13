import { ShapeType, type ShapeId } from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';
import { ToolState } from '../tool-state.ts';
import { polylineGeom } from '../polyline.ts';

// Rewriting a whole stroke on every pointer event would send O(n²) bytes to peers;
// about 30 writes a second keep the stroke live for them and cheap on the wire.
const WRITE_INTERVAL_MS = 32;

/** Freehand drawing: raw points go to the document, the canvas draws them smoothed. */
export class Drawing extends ToolState {
  readonly id = 'drawing';
  private shapeId: ShapeId | null = null;
  private points: Vec[] = [];
  private lastWrite = 0;
  private dirty = false;

  override onEnter(): void {
    const { originPage } = this.editor.pointer;
    this.points = [originPage];
    this.editor.beginGesture([]);
    this.shapeId = this.editor.createShape(ShapeType.draw, polylineGeom(this.points));
    this.lastWrite = this.editor.now();
    this.dirty = false;
    if (this.shapeId) this.editor.setGestureShapes([this.shapeId]);
    else this.tool.transition('idle');
  }

  override onPointerMove(): void {
    const { currentPage, pointerType } = this.editor.pointer;
    const last = this.points[this.points.length - 1];
    // Skip sub-pixel jitter; it only bloats the stroke.
    const minStep = (pointerType === 'pen' ? 0.5 : 1) / this.editor.camera.zoom;
    if (Math.hypot(currentPage.x - last.x, currentPage.y - last.y) < minStep) return;
    this.points.push(currentPage);
    this.dirty = true;
    if (this.editor.now() - this.lastWrite >= WRITE_INTERVAL_MS) this.write();
  }

  override onPointerUp(): void {
    // A tap leaves a dot: give it a second point so it has a visible length.
    if (this.points.length === 1) {
      const p = this.points[0];
      this.points.push({ x: p.x + 0.5, y: p.y + 0.5 });
      this.dirty = true;
    }
    if (this.dirty) this.write();
    this.editor.endGesture();
    this.shapeId = null;
    this.tool.transition('idle');
  }

  override onCancel(): void {
    if (this.shapeId) this.editor.deleteShapes([this.shapeId]);
    this.editor.endGesture();
    this.shapeId = null;
    this.tool.transition('idle');
  }

  private write(): void {
    if (!this.shapeId) return;
    this.editor.updateShapes([{ id: this.shapeId, geom: polylineGeom(this.points) }]);
    this.lastWrite = this.editor.now();
    this.dirty = false;
  }
}
