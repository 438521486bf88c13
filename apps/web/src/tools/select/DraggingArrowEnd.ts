import {
  bendOf,
  controlPoint,
  pagePoints,
  routingOf,
  type ArrowBinding,
  type Geom,
  type Shape,
} from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';
import type { KeyInput } from '../../editor/input.ts';
import { bindTargetAt, bindingEndOn } from '../line/arrow-binding.ts';
import { polylineGeom } from '../polyline.ts';
import { ToolState } from '../tool-state.ts';
import { endHandleAt, handleReach, soleSelectedArrow, type ArrowEnd } from './arrow-ends.ts';

/**
 * Dragging one end of the selected arrow by its handle: the end follows the
 * pointer and attaches to the shape it is let go over (Alt: to none). One undo step.
 */
export class DraggingArrowEnd extends ToolState {
  readonly id = 'dragging_arrow_end';
  private arrow: Shape | null = null;
  private end: ArrowEnd = 'end';
  private started = false;

  override onEnter(): void {
    const arrow = soleSelectedArrow(
      this.editor.selectedIds.flatMap((id) => this.editor.getShape(id) ?? []),
    );
    const end =
      arrow && endHandleAt(arrow, this.editor.pointer.originPage, handleReach(this.editor));
    if (!arrow || !end || this.editor.readOnly) {
      this.tool.transition('idle');
      return;
    }
    this.arrow = arrow;
    this.end = end;
    this.started = false;
  }

  override onPointerMove(): void {
    if (!this.arrow || !this.editor.pointer.isDragging) return;
    if (!this.started) {
      this.started = true;
      this.editor.beginGesture([this.arrow.id]);
    }
    this.update();
  }

  override onKeyDown(event: KeyInput): boolean {
    if (event.key === 'Alt' && this.started) this.update();
    return false;
  }

  override onKeyUp(event: KeyInput): void {
    if (event.key === 'Alt' && this.started) this.update();
  }

  override onPointerUp(): void {
    this.finish();
  }

  override onCancel(): void {
    const arrow = this.arrow;
    if (arrow && this.started && this.editor.getShape(arrow.id)) {
      this.editor.updateShapes([
        { id: arrow.id, geom: arrow.geom, binding: arrow.binding ?? null },
      ]);
    }
    this.finish();
  }

  private finish(): void {
    this.editor.setBindingHint(null);
    if (this.started) this.editor.endGesture();
    this.started = false;
    this.arrow = null;
    this.tool.transition('idle');
  }

  private update(): void {
    const arrow = this.arrow;
    if (!arrow || !this.editor.getShape(arrow.id)) return;
    const { currentPage, altKey } = this.editor.pointer;
    const other = this.end === 'start' ? 'end' : 'start';
    const kept = arrow.binding?.[other];
    const target = altKey ? undefined : bindTargetAt(this.editor, currentPage, kept?.shape);
    const binding: ArrowBinding = {};
    if (kept) binding[other] = kept;
    if (target) binding[this.end] = bindingEndOn(target, currentPage);
    this.editor.setBindingHint(target?.id ?? null);
    this.editor.updateShapes([
      {
        id: arrow.id,
        geom: movedEnd(arrow, this.end, currentPage),
        binding: binding.start || binding.end ? binding : null,
      },
    ]);
  }
}

/** The arrow's geometry with one end at `to`; a curved arrow keeps its bend. */
function movedEnd(arrow: Shape, end: ArrowEnd, to: Vec): Partial<Geom> {
  const points = pagePoints(arrow.geom);
  if (end === 'start') points[0] = to;
  else points[points.length - 1] = to;
  if (routingOf(arrow.style) === 'curved' && points.length === 3) {
    const bend = bendOf(pagePoints(arrow.geom));
    points[1] = controlPoint(points[0], points[2], bend);
  }
  return polylineGeom(points);
}
