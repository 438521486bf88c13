import {
  pagePoints,
  readBinding,
  routeArrow,
  routingOf,
  sameRoute,
  type ArrowBinding,
  type Shape,
  type ShapeId,
} from '@sketchroom/board-model';
import type { ShapePatch } from './shape-patch.ts';
import { jsonEqual } from './shape-map.ts';

// Bound arrows follow their shapes: the patches of one update, grown by the arrows
// they move, so the mover's transaction (and so its undo step) carries both.

export type ReadShape = (id: ShapeId) => Shape | undefined;
export type ArrowsBoundTo = (id: ShapeId) => Iterable<ShapeId>;

/** An arrow end moved less than this (page units) still counts as in place. */
const STILL = 0.5;

/**
 * The patches plus whatever the arrows they touch need: arrows bound to a moved,
 * resized or rotated shape are re-routed; an arrow whose routing or binding
 * changes is re-routed; an arrow moved without the shape an end is bound to lets
 * go of that end (unless the patch sets the binding itself).
 */
export function followBindings(
  patches: readonly ShapePatch[],
  read: ReadShape,
  arrowsBoundTo: ArrowsBoundTo,
): ShapePatch[] {
  const merged = mergeById(patches);
  const next = new Map<ShapeId, Shape>();
  const readNext: ReadShape = (id) => {
    const cached = next.get(id);
    if (cached) return cached;
    const shape = read(id);
    const patch = merged.get(id);
    if (!shape || !patch) return shape;
    const patched = applyPatch(shape, patch);
    next.set(id, patched);
    return patched;
  };
  const moved = new Set<ShapeId>();
  for (const [id, patch] of merged) {
    const shape = read(id);
    if (shape && movesShape(shape, patch)) moved.add(id);
  }
  const arrows = new Set<ShapeId>();
  for (const id of moved) for (const arrow of arrowsBoundTo(id)) arrows.add(arrow);
  for (const [id, patch] of merged) {
    if (moved.has(id) || patch.binding !== undefined || patch.style?.routing !== undefined) {
      arrows.add(id);
    }
  }
  for (const id of arrows) {
    const current = read(id);
    if (!current || current.type !== 'arrow') continue;
    const patch = merged.get(id) ?? { id };
    let arrow = readNext(id) as Shape;
    const out: ShapePatch = { ...patch };
    if (moved.has(id) && patch.binding === undefined && arrow.binding) {
      const kept = keepBound(current, arrow, moved);
      if (kept !== arrow.binding) {
        arrow = { ...arrow, binding: kept };
        out.binding = kept ?? null;
      }
    }
    const reset = routingOf(arrow.style) !== routingOf(current.style);
    const routed = routeArrow(arrow, readNext, { reset });
    if (routed && !sameRoute(arrow.geom, routed)) out.geom = { ...patch.geom, ...routed };
    merged.set(id, out);
  }
  return [...merged.values()];
}

/** Whether the patch changes what an arrow bound to the shape meets: its box or its stroke. */
function movesShape(shape: Shape, patch: ShapePatch): boolean {
  const geom = patch.geom ?? {};
  const geomChanged = Object.entries(geom).some(
    ([key, value]) =>
      value !== undefined && !jsonEqual(shape.geom[key as keyof Shape['geom']], value),
  );
  const stroke = patch.style?.strokeWidth;
  return geomChanged || (stroke !== undefined && stroke !== shape.style.strokeWidth);
}

/** The arrow's binding less the ends that moved away from shapes that did not move. */
function keepBound(
  before: Shape,
  after: Shape,
  moved: ReadonlySet<ShapeId>,
): ArrowBinding | undefined {
  const binding = after.binding as ArrowBinding;
  const was = pagePoints(before.geom);
  const now = pagePoints(after.geom);
  const loose = (end: 'start' | 'end') => {
    const bound = binding[end];
    if (!bound || moved.has(bound.shape)) return false;
    const a = end === 'start' ? was[0] : was[was.length - 1];
    const b = end === 'start' ? now[0] : now[now.length - 1];
    return !a || !b || Math.hypot(a.x - b.x, a.y - b.y) > STILL;
  };
  const looseStart = loose('start');
  const looseEnd = loose('end');
  if (!looseStart && !looseEnd) return binding;
  const kept: ArrowBinding = { ...binding };
  if (looseStart) delete kept.start;
  if (looseEnd) delete kept.end;
  return kept.start || kept.end ? kept : undefined;
}

function applyPatch(shape: Shape, patch: ShapePatch): Shape {
  const result: Shape = { ...shape };
  if (patch.geom) result.geom = { ...shape.geom, ...defined(patch.geom) };
  if (patch.style) result.style = { ...shape.style, ...defined(patch.style) };
  if (patch.binding !== undefined) {
    const binding = patch.binding === null ? undefined : readBinding(patch.binding);
    if (binding) result.binding = binding;
    else delete result.binding;
  }
  return result;
}

function defined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}

/** One patch per shape, later fields winning, in first-seen order. */
function mergeById(patches: readonly ShapePatch[]): Map<ShapeId, ShapePatch> {
  const merged = new Map<ShapeId, ShapePatch>();
  for (const patch of patches) {
    const earlier = merged.get(patch.id);
    if (!earlier) {
      merged.set(patch.id, patch);
      continue;
    }
    merged.set(patch.id, {
      ...earlier,
      ...patch,
      geom: earlier.geom || patch.geom ? { ...earlier.geom, ...patch.geom } : undefined,
      style: earlier.style || patch.style ? { ...earlier.style, ...patch.style } : undefined,
    });
  }
  return merged;
}

/** Patches that bring the given bound arrows up to date with their shapes; none when they are. */
export function staleArrowPatches(ids: Iterable<ShapeId>, read: ReadShape): ShapePatch[] {
  const patches: ShapePatch[] = [];
  for (const id of ids) {
    const arrow = read(id);
    if (!arrow || arrow.type !== 'arrow' || !arrow.binding) continue;
    const routed = routeArrow(arrow, read);
    if (routed && !sameRoute(arrow.geom, routed)) patches.push({ id, geom: routed });
  }
  return patches;
}
