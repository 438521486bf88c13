import type { ArrowBinding, Geom, ShapeId } from '@sketchroom/board-model';
import type { KeyInput } from '../../editor/input.ts';
import type { MoveSnapper } from '../../editor/snap-gestures.ts';
import { ToolState } from '../tool-state.ts';

/** Dragging the selection. The whole drag becomes one undo step. */
export class Translating extends ToolState {
  readonly id = 'translating';
  private start = new Map<ShapeId, Geom>();
  /** Bound arrows let go when moved alone: Escape binds them again. */
  private bindings = new Map<ShapeId, ArrowBinding>();
  /** A move is queued: a pen or fast mouse sends several samples per event, one write serves them all. */
  private queued = false;
  private snapper: MoveSnapper | null = null;

  override onEnter(): void {
    this.start = new Map();
    this.bindings = new Map();
    for (const id of this.editor.selectedIds) {
      const shape = this.editor.getShape(id);
      if (shape) this.start.set(id, shape.geom);
      if (shape?.binding) this.bindings.set(id, shape.binding);
    }
    this.editor.beginGesture([...this.start.keys()]);
    this.snapper = this.editor.snapping.mover([...this.start.keys()]);
    this.move();
  }

  override onPointerMove(): void {
    if (this.queued) return;
    this.queued = true;
    queueMicrotask(() => this.flush());
  }

  private flush(): void {
    if (!this.queued) return;
    this.queued = false;
    this.move();
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key === 'Shift' || event.key === 'Alt') this.move();
    return false;
  }

  override onKeyUp(event: KeyInput): void {
    if (event.key === 'Shift' || event.key === 'Alt') this.move();
  }

  override onPointerUp(): void {
    // Moved to where the pointer let go, even if the moves before it were merged or lost.
    this.move();
    this.snapper?.done();
    this.editor.endGesture();
    this.tool.transition('idle');
  }

  override onCancel(): void {
    this.queued = false;
    this.snapper?.done();
    // Put everything back where it was; the restore joins the drag's undo step.
    this.editor.updateShapes(
      [...this.start].map(([id, geom]) => ({
        id,
        geom: { x: geom.x, y: geom.y },
        ...(this.bindings.has(id) && { binding: this.bindings.get(id) }),
      })),
    );
    this.editor.endGesture();
    this.tool.transition('idle');
  }

  private move(): void {
    this.queued = false;
    const { originPage, currentPage, shiftKey } = this.editor.pointer;
    let dx = currentPage.x - originPage.x;
    let dy = currentPage.y - originPage.y;
    // Shift keeps the move on the dominant axis.
    if (shiftKey) {
      if (Math.abs(dx) > Math.abs(dy)) dy = 0;
      else dx = 0;
    }
    // Alt suspends snapping; an axis Shift holds still stays still.
    const free = { x: !shiftKey || dx !== 0, y: !shiftKey || dy !== 0 };
    if (this.snapper) ({ x: dx, y: dy } = this.snapper.snap({ x: dx, y: dy }, free));
    const updates = [];
    for (const [id, geom] of this.start) {
      // Someone else may have deleted or locked the shape mid-drag: drop it and carry on.
      const shape = this.editor.getShape(id);
      if (!shape || shape.locked) {
        this.start.delete(id);
        continue;
      }
      updates.push({ id, geom: { x: geom.x + dx, y: geom.y + dy } });
    }
    this.editor.updateShapes(updates);
  }
}
