import { pagePoints, ShapeType, type Shape } from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';
import type { ToolHost } from '../../editor/tool-host.ts';

/** Screen pixels around an arrow end that grab its handle. */
export const END_HANDLE_PX = 8;

export type ArrowEnd = 'start' | 'end';

/** The one selected arrow, whose ends get handles (with two or more selected, the box handles rule). */
export function soleSelectedArrow(
  selected: readonly Shape[],
): (Shape & { type: typeof ShapeType.arrow }) | undefined {
  const [only] = selected;
  return selected.length === 1 && only.type === ShapeType.arrow
    ? (only as Shape & { type: typeof ShapeType.arrow })
    : undefined;
}

/** The arrow's first and last points on the page. */
export function arrowEnds(arrow: Shape): { start: Vec; end: Vec } | undefined {
  const points = pagePoints(arrow.geom);
  if (points.length < 2) return undefined;
  return { start: points[0], end: points[points.length - 1] };
}

/** Which end's handle is under a page point, if any; `reach` is the grab radius in page units. */
export function endHandleAt(arrow: Shape, point: Vec, reach: number): ArrowEnd | undefined {
  const ends = arrowEnds(arrow);
  if (!ends) return undefined;
  const toStart = Math.hypot(point.x - ends.start.x, point.y - ends.start.y);
  const toEnd = Math.hypot(point.x - ends.end.x, point.y - ends.end.y);
  if (Math.min(toStart, toEnd) > reach) return undefined;
  return toEnd <= toStart ? 'end' : 'start';
}

/** The grab radius in page units: wider for a finger than for a mouse or pen. */
export function handleReach(editor: ToolHost): number {
  const px = editor.pointer.pointerType === 'touch' ? END_HANDLE_PX * 2 : END_HANDLE_PX;
  return px / editor.camera.zoom;
}

/** Whether a press at `point` grabs an end handle of the one selected arrow. */
export function onArrowEndHandle(editor: ToolHost, point: Vec): boolean {
  if (editor.readOnly) return false;
  const selected = editor.selectedIds.flatMap((id) => editor.getShape(id) ?? []);
  const arrow = soleSelectedArrow(selected);
  return arrow !== undefined && endHandleAt(arrow, point, handleReach(editor)) !== undefined;
}
