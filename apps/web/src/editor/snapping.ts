import { snapToGrid, type Box, type Vec } from '@sketchroom/geometry';
import { gapPulls } from './snap-gaps.ts';

// Snapping kernels: data in, data out. A moving box's edges and centre are pulled onto
// other boxes' edges and centres within a threshold, else onto the grid; the guides say
// which lines now coincide, for the canvas to draw.

export type Axis = 'x' | 'y';

/**
 * A mark drawn while a snap holds. A line through aligned edges or centres: vertical for
 * axis 'x' (at an x, from/to along y), horizontal for 'y'. A gap (`kind: 'gap'`): one of
 * the equal gaps along the axis, from/to along it, drawn across at `at`.
 */
export interface SnapGuide {
  kind?: 'gap';
  axis: Axis;
  /** The x of a vertical line or the y of a horizontal one; for a gap, across the axis. */
  at: number;
  from: number;
  to: number;
}

export interface SnapOptions {
  /** Snap to the targets' edges and centres. */
  objects: boolean;
  /** Page units within which a line is pulled onto a target's line. */
  threshold: number;
  /** Grid size in page units; 0 for no grid. */
  grid: number;
}

export interface MoveSnap {
  delta: Vec;
  guides: SnapGuide[];
}

/** Which edges of a box a resize moves. */
export interface MovingEdges {
  left: boolean;
  right: boolean;
  top: boolean;
  bottom: boolean;
}

export interface ResizeSnap {
  box: Box;
  guides: SnapGuide[];
}

/** Two lines closer than this are the same line (float noise, not a near miss). */
const SAME_LINE = 1e-6;

/** Start, middle and end of a box along an axis. */
export function linesOf(b: Box, axis: Axis): [number, number, number] {
  const start = axis === 'x' ? b.x : b.y;
  const size = axis === 'x' ? b.width : b.height;
  return [start, start + size / 2, start + size];
}

function extentOf(b: Box, axis: Axis): [number, number] {
  // The guide of an x-line runs along y, and the other way round.
  return axis === 'x' ? [b.y, b.y + b.height] : [b.x, b.x + b.width];
}

interface Pull {
  /** The line of the moving box, as it was before the move (its base). */
  base: number;
  target: number;
}

/** The target line nearest to any of `own` (each with its base), within `threshold`. */
function nearestPull(
  own: readonly { line: number; base: number }[],
  targets: readonly Box[],
  axis: Axis,
  threshold: number,
): Pull | null {
  let best: Pull | null = null;
  let bestDistance = threshold;
  for (const target of targets) {
    for (const line of linesOf(target, axis)) {
      for (const mine of own) {
        const distance = Math.abs(line - mine.line);
        if (distance <= bestDistance && (best === null || distance < bestDistance)) {
          best = { base: mine.base, target: line };
          bestDistance = distance;
        }
      }
    }
  }
  return best;
}

/** Guides for every target line that one of `own` lines now lies on. */
export function guidesFor(
  moving: Box,
  own: readonly number[],
  targets: readonly Box[],
  axis: Axis,
): SnapGuide[] {
  const byLine = new Map<number, SnapGuide>();
  const [movingFrom, movingTo] = extentOf(moving, axis);
  for (const target of targets) {
    const [from, to] = extentOf(target, axis);
    for (const line of linesOf(target, axis)) {
      if (!own.some((mine) => Math.abs(mine - line) < SAME_LINE)) continue;
      const known = byLine.get(line);
      byLine.set(line, {
        axis,
        at: line,
        from: Math.min(known?.from ?? movingFrom, from, movingFrom),
        to: Math.max(known?.to ?? movingTo, to, movingTo),
      });
    }
  }
  return [...byLine.values()];
}

/**
 * Snaps a drag of `moving` by `delta`: per free axis, the nearest target line within the
 * threshold wins (edges and centre alike), else the box's start snaps to the grid.
 * The snapped delta is `target − base`, so a box's edge lands exactly on the target.
 */
export function snapMove(
  moving: Box,
  delta: Vec,
  targets: readonly Box[],
  options: SnapOptions,
  free: { x: boolean; y: boolean } = { x: true, y: true },
): MoveSnap {
  const result = { x: delta.x, y: delta.y };
  const snappedToObjects: Axis[] = [];
  const gapGuides: SnapGuide[] = [];
  const movedFreely: Box = { ...moving, x: moving.x + delta.x, y: moving.y + delta.y };
  for (const axis of ['x', 'y'] as const) {
    if (!free[axis]) continue;
    const d = delta[axis];
    const bases = linesOf(moving, axis);
    const pull = options.objects
      ? nearestPull(
          bases.map((base) => ({ base, line: base + d })),
          targets,
          axis,
          options.threshold,
        )
      : null;
    const gap = options.objects
      ? gapPulls(movedFreely, targets, axis, options.threshold)[0]
      : undefined;
    const lineDistance = pull ? Math.abs(pull.target - pull.base - d) : Infinity;
    if (gap && Math.abs(gap.start - bases[0] - d) < lineDistance) {
      result[axis] = gap.start - bases[0];
      for (const [from, to] of gap.gaps) {
        gapGuides.push({ kind: 'gap', axis, at: gap.across, from, to });
      }
    } else if (pull) {
      result[axis] = pull.target - pull.base;
      snappedToObjects.push(axis);
    } else if (options.grid > 0) {
      result[axis] = snapToGrid(bases[0] + d, options.grid) - bases[0];
    }
  }
  const moved: Box = { ...moving, x: moving.x + result.x, y: moving.y + result.y };
  const guides = snappedToObjects.flatMap((axis) =>
    guidesFor(moved, linesOf(moved, axis), targets, axis),
  );
  return { delta: result, guides: [...guides, ...gapGuides] };
}

/**
 * Snaps the moving edges of a box being resized: each onto the nearest target line
 * within the threshold, else onto the grid. The opposite edges stay where they are.
 */
export function snapResize(
  box: Box,
  edges: MovingEdges,
  targets: readonly Box[],
  options: SnapOptions,
): ResizeSnap {
  let left = box.x;
  let right = box.x + box.width;
  let top = box.y;
  let bottom = box.y + box.height;
  const snapped: { axis: Axis; line: number }[] = [];
  const snapLine = (axis: Axis, line: number): number => {
    const pull = options.objects
      ? nearestPull([{ line, base: line }], targets, axis, options.threshold)
      : null;
    if (pull) {
      snapped.push({ axis, line: pull.target });
      return pull.target;
    }
    return options.grid > 0 ? snapToGrid(line, options.grid) : line;
  };
  if (edges.left) left = snapLine('x', left);
  else if (edges.right) right = snapLine('x', right);
  if (edges.top) top = snapLine('y', top);
  else if (edges.bottom) bottom = snapLine('y', bottom);
  const result: Box = { x: left, y: top, width: right - left, height: bottom - top };
  const guides = snapped.flatMap(({ axis, line }) => guidesFor(result, [line], targets, axis));
  return { box: result, guides };
}
