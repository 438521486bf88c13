import { boxCenter, boxContainsBox, normalizeBox, type Box } from './box.ts';
import { rotatePoint } from './rotation.ts';
import { distance, type Vec } from './vec.ts';

// Shapes rotate about their centre, so each closed-shape test first turns the
// point back by the shape's rotation and then tests against the unrotated box.
// `margin` grows the shape on every side: a forgiving hit area for small shapes.

function toLocal(p: Vec, b: Box, rotation: number): Vec {
  return rotatePoint(p, boxCenter(b), -rotation);
}

export function pointInRect(p: Vec, b: Box, rotation = 0, margin = 0): boolean {
  const local = toLocal(p, b, rotation);
  return (
    local.x >= b.x - margin &&
    local.x <= b.x + b.width + margin &&
    local.y >= b.y - margin &&
    local.y <= b.y + b.height + margin
  );
}

export function pointInEllipse(p: Vec, b: Box, rotation = 0, margin = 0): boolean {
  const rx = b.width / 2 + margin;
  const ry = b.height / 2 + margin;
  if (rx <= 0 || ry <= 0) return false;
  const center = boxCenter(b);
  const local = toLocal(p, b, rotation);
  const nx = (local.x - center.x) / rx;
  const ny = (local.y - center.y) / ry;
  return nx * nx + ny * ny <= 1;
}

/** A diamond touches the midpoints of its box's four sides. */
export function pointInDiamond(p: Vec, b: Box, rotation = 0, margin = 0): boolean {
  const rx = b.width / 2 + margin;
  const ry = b.height / 2 + margin;
  if (rx <= 0 || ry <= 0) return false;
  const center = boxCenter(b);
  const local = toLocal(p, b, rotation);
  return Math.abs(local.x - center.x) / rx + Math.abs(local.y - center.y) / ry <= 1;
}

export function distanceToSegment(p: Vec, a: Vec, b: Vec): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared === 0) return distance(p, a);
  // Project p onto the segment and clamp to its ends.
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / lengthSquared));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

/**
 * Distance from `p` to a polyline stored flat as [x0, y0, x1, y1, …] (the shape
 * schema's `points`), with every point shifted by `offset`. Infinity for no points.
 */
export function distanceToPolyline(
  p: Vec,
  points: readonly number[],
  offset: Vec = { x: 0, y: 0 },
): number {
  const count = Math.floor(points.length / 2);
  if (count === 0) return Infinity;
  let previous = { x: points[0] + offset.x, y: points[1] + offset.y };
  if (count === 1) return distance(p, previous);
  let best = Infinity;
  for (let i = 1; i < count; i++) {
    const next = { x: points[i * 2] + offset.x, y: points[i * 2 + 1] + offset.y };
    best = Math.min(best, distanceToSegment(p, previous, next));
    previous = next;
  }
  return best;
}

export function pointNearPolyline(
  p: Vec,
  points: readonly number[],
  tolerance: number,
  offset: Vec = { x: 0, y: 0 },
): boolean {
  return distanceToPolyline(p, points, offset) <= tolerance;
}

/** Marquee selection picks only shapes whose bounds lie fully inside the drag box. */
export function isInsideMarquee(marquee: Box, bounds: Box): boolean {
  return boxContainsBox(normalizeBox(marquee), bounds);
}
