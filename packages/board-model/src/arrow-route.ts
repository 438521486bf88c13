import type { Vec } from '@sketchroom/geometry';
import { elbowRoute } from './arrow-route-elbow.ts';
import { aimPoint, endOnOutline, resolveEnd, type BoundTarget } from './bindings.ts';
import { pagePoints } from './shape-geometry.ts';
import type { Geom } from './shape-record.ts';
import type { Shape } from './shape.ts';
import type { ShapeId } from './shape-id.ts';
import { routingOf } from './style-options.ts';

// An arrow's stored geometry from its bindings and routing:
// - straight: its two ends; a straight arrow's interior points (from an import or
//   another program) are the author's and stay where they are on the page.
// - curved: start, one control point, end; the control point sits off the middle
//   of the chord by `bend` times the chord's length, and keeps that bend as the
//   ends move (a renderer draws a smooth curve through the three points).
// - elbow: right angles between the ends, leaving each bound shape perpendicular
//   to its side; the corners are the interior points.

/** How far a new curved arrow bows out, as a share of its length (positive: to the left going forward). */
export const DEFAULT_BEND = 0.2;
const MAX_BEND = 1;

export type ShapeLookup = (id: ShapeId) => Shape | undefined;

export interface RouteOptions {
  /** The routing changed: build the route afresh instead of keeping interior points or bend. */
  reset?: boolean;
}

/** The part of an arrow's geom that routing writes. */
export type RoutedGeom = Pick<Geom, 'x' | 'y' | 'width' | 'height' | 'rotation'> & {
  points: number[];
};

/**
 * The arrow's geometry with its bound ends placed on their shapes (as they are in
 * `lookup`) and its routing applied. Ends bound to missing or unbindable shapes
 * stay where they are. Undefined for a straight arrow with no end bound (its points
 * are its author's), unless `reset`; otherwise compare with `sameRoute` before writing.
 */
export function routeArrow(
  arrow: Shape,
  lookup: ShapeLookup,
  options: RouteOptions = {},
): RoutedGeom | undefined {
  const points = pagePoints(arrow.geom);
  if (points.length === 0) return undefined;
  const start = resolveEnd(arrow.binding?.start, lookup);
  const end = resolveEnd(arrow.binding?.end, lookup);
  const first = points[0];
  const last = points[points.length - 1];
  const routing = routingOf(arrow.style);
  if (routing === 'straight' && !start && !end && !options.reset) return undefined;
  let route: Vec[];
  if (routing === 'curved') {
    const bend = options.reset ? DEFAULT_BEND : bendOf(points);
    route = curvedRoute(start, end, first, last, bend);
  } else if (routing === 'elbow') {
    route = elbowRoute(start, end, first, last);
  } else {
    route = straightRoute(start, end, first, last, options.reset ? [] : points.slice(1, -1));
  }
  return normaliseRoute(route);
}

/** The page point an end aims at: its anchor when bound, else where it is. */
function aimOf(target: BoundTarget | undefined, free: Vec): Vec {
  return target ? aimPoint(target) : free;
}

function straightRoute(
  start: BoundTarget | undefined,
  end: BoundTarget | undefined,
  first: Vec,
  last: Vec,
  interior: Vec[],
): Vec[] {
  const towardStart = interior[interior.length - 1] ?? aimOf(start, first);
  const towardEnd = interior[0] ?? aimOf(end, last);
  const a = start ? endOnOutline(start, towardEnd) : first;
  const b = end ? endOnOutline(end, towardStart) : last;
  return [a, ...interior, b];
}

function curvedRoute(
  start: BoundTarget | undefined,
  end: BoundTarget | undefined,
  first: Vec,
  last: Vec,
  bend: number,
): Vec[] {
  const aimStart = aimOf(start, first);
  const aimEnd = aimOf(end, last);
  let a = start ? endOnOutline(start, aimEnd) : first;
  let b = end ? endOnOutline(end, aimStart) : last;
  // Aim the ends at the control point, so the curve leaves each shape along its tangent.
  const guide = controlPoint(a, b, bend);
  if (start) a = endOnOutline(start, guide);
  if (end) b = endOnOutline(end, guide);
  return [a, controlPoint(a, b, bend), b];
}

/** The point off the chord's middle by `bend` chord lengths, to the left going from a to b. */
export function controlPoint(a: Vec, b: Vec, bend: number): Vec {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  return { x: (a.x + b.x) / 2 + dy * bend, y: (a.y + b.y) / 2 - dx * bend };
}

/** The bend of a three-point curve; the default for any other count of points. */
export function bendOf(points: readonly Vec[]): number {
  if (points.length !== 3) return DEFAULT_BEND;
  const [a, c, b] = points;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const lengthSquared = dx * dx + dy * dy;
  if (lengthSquared < 1e-9) return DEFAULT_BEND;
  const ox = c.x - (a.x + b.x) / 2;
  const oy = c.y - (a.y + b.y) / 2;
  const bend = (ox * dy - oy * dx) / lengthSquared;
  return Number.isFinite(bend) ? Math.min(MAX_BEND, Math.max(-MAX_BEND, bend)) : DEFAULT_BEND;
}

/**
 * Page points as a stored geom, the way the line tool stores them: the box is the
 * points' bounds and the points are relative to its corner, in hundredths.
 */
export function normaliseRoute(route: readonly Vec[]): RoutedGeom {
  const page = route.map((p) => ({ x: round(p.x), y: round(p.y) }));
  const xs = page.map((p) => p.x);
  const ys = page.map((p) => p.y);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  const points = page.flatMap((p) => [round(p.x - x), round(p.y - y)]);
  return {
    x,
    y,
    width: round(Math.max(...xs) - x),
    height: round(Math.max(...ys) - y),
    rotation: 0,
    points,
  };
}

/** True when the stored geom already is `routed` (to within rounding). */
export function sameRoute(geom: Geom, routed: RoutedGeom): boolean {
  const close = (a: number, b: number) => Math.abs(a - b) <= 0.011;
  const points = geom.points ?? [];
  return (
    close(geom.x, routed.x) &&
    close(geom.y, routed.y) &&
    close(geom.width, routed.width) &&
    close(geom.height, routed.height) &&
    geom.rotation % 360 === 0 &&
    points.length === routed.points.length &&
    points.every((value, i) => close(value, routed.points[i]))
  );
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
