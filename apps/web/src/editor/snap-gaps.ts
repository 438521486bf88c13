import type { Box } from '@sketchroom/geometry';

type Axis = 'x' | 'y';

// Equal-gap snapping, data in, data out: a box moving along a row of shapes is pulled to
// sit midway between its two neighbours, or one gap on from a neighbour that already has
// a neighbour of its own at that gap (Excalidraw and tldraw do both).

/** A place for the moving box's start edge, and the gaps that are then equal. */
export interface GapPull {
  /** Where the moving box's start (left or top) edge goes. */
  start: number;
  /** The equal gaps, as [from, to] along the axis. */
  gaps: [number, number][];
  /** Where to draw the gap marks on the other axis. */
  across: number;
}

interface Span {
  start: number;
  end: number;
}

function spanOf(b: Box, axis: Axis): Span {
  return axis === 'x' ? { start: b.x, end: b.x + b.width } : { start: b.y, end: b.y + b.height };
}

function other(axis: Axis): Axis {
  return axis === 'x' ? 'y' : 'x';
}

/** The shapes sharing a row (or column) with the moving box: their other-axis spans overlap. */
function rowOf(moving: Box, targets: readonly Box[], axis: Axis): Box[] {
  const own = spanOf(moving, other(axis));
  return targets.filter((t) => {
    const span = spanOf(t, other(axis));
    return span.start < own.end && span.end > own.start;
  });
}

/** The neighbour nearest to `edge` on one side, among boxes lying wholly on that side. */
function nearest(row: readonly Box[], axis: Axis, edge: number, side: 'before' | 'after') {
  let best: Span | null = null;
  for (const box of row) {
    const span = spanOf(box, axis);
    if (side === 'before' && span.end <= edge && (!best || span.end > best.end)) best = span;
    if (side === 'after' && span.start >= edge && (!best || span.start < best.start)) best = span;
  }
  return best;
}

/**
 * The equal-gap places for `moving` (already moved) along `axis`, nearest first, within
 * `threshold` of where it is.
 */
export function gapPulls(
  moving: Box,
  targets: readonly Box[],
  axis: Axis,
  threshold: number,
): GapPull[] {
  const row = rowOf(moving, targets, axis);
  if (row.length === 0) return [];
  const own = spanOf(moving, axis);
  const size = own.end - own.start;
  const middle = (own.start + own.end) / 2;
  const across = spanOf(moving, other(axis));
  const mark = (across.start + across.end) / 2;
  const pulls: GapPull[] = [];
  const before = nearest(row, axis, middle, 'before');
  const after = nearest(row, axis, middle, 'after');
  if (before && after) {
    const gap = (after.start - before.end - size) / 2;
    const start = before.end + gap;
    if (gap >= 0) {
      pulls.push({
        start,
        gaps: [
          [before.end, start],
          [start + size, after.start],
        ],
        across: mark,
      });
    }
  }
  if (before) {
    const further = nearest(row, axis, before.start, 'before');
    const gap = further ? before.start - further.end : -1;
    if (further && gap >= 0) {
      pulls.push({
        start: before.end + gap,
        gaps: [
          [further.end, before.start],
          [before.end, before.end + gap],
        ],
        across: mark,
      });
    }
  }
  if (after) {
    const further = nearest(row, axis, after.end, 'after');
    const gap = further ? further.start - after.end : -1;
    if (further && gap >= 0) {
      pulls.push({
        start: after.start - gap - size,
        gaps: [
          [after.start - gap, after.start],
          [after.end, further.start],
        ],
        across: mark,
      });
    }
  }
  return pulls
    .filter((pull) => Math.abs(pull.start - own.start) <= threshold)
    .sort((a, b) => Math.abs(a.start - own.start) - Math.abs(b.start - own.start));
}
