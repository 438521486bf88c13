import { routingOf, type Style } from '@sketchroom/board-model';
import type { PathGeometry, PathSegment } from './commands.ts';

/**
 * The curved routing: quadratic curves through the midpoints of the segments,
 * each aimed by the point between them; it starts and ends on the first and last
 * points. Chosen over a curve that passes through every point (Catmull-Rom)
 * because it never leaves the points' convex hull, so the arrow's stored box
 * still bounds what is drawn (culling, export bounds), and its end tangents are
 * the first and last segments' directions, which the heads already follow.
 * Two points make a straight line.
 */
export function curvedSegments(points: readonly number[]): PathSegment[] {
  const count = Math.floor(points.length / 2);
  if (count === 0) return [];
  const x = (i: number) => points[i * 2];
  const y = (i: number) => points[i * 2 + 1];
  const segments: PathSegment[] = [{ op: 'M', x: x(0), y: y(0) }];
  if (count === 1) return segments;
  if (count === 2) return [...segments, { op: 'L', x: x(1), y: y(1) }];
  for (let i = 1; i < count - 2; i++) {
    const mx = (x(i) + x(i + 1)) / 2;
    const my = (y(i) + y(i + 1)) / 2;
    segments.push({ op: 'Q', cx: x(i), cy: y(i), x: mx, y: my });
  }
  segments.push({ op: 'Q', cx: x(count - 2), cy: y(count - 2), x: x(count - 1), y: y(count - 1) });
  return segments;
}

/** An arrow's line for its routing: elbow and straight draw the polyline through its points. */
export function arrowLine(points: readonly number[], style: Style): PathGeometry {
  if (routingOf(style) === 'curved' && points.length >= 6) {
    return { kind: 'path', segments: curvedSegments(points) };
  }
  return { kind: 'polyline', points, closed: false };
}
