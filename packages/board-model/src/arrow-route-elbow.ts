import {
  boundsOfBoxes,
  boxFromCorners,
  rotatedBoxBounds,
  type Box,
  vec,
  type Vec,
} from '@sketchroom/geometry';
import { aimPoint, axisOf, elbowEnd, type BoundTarget } from './bindings.ts';
import { geomBox } from './shape-geometry.ts';

/** Page units an elbow route runs straight out of a shape before its first turn. */
export const ELBOW_STUB = 24;

interface Port {
  point: Vec;
  /** The axis direction the route leaves this end in (out of the shape). */
  dir: Vec;
}

/**
 * A right-angled route from start to end. Each end leaves along its port
 * direction; between the two stubs the cheapest of a few one- or two-corner
 * paths is taken (no doubling back, not through a bound shape, shorter, fewer corners).
 */
export function elbowRoute(
  start: BoundTarget | undefined,
  end: BoundTarget | undefined,
  first: Vec,
  last: Vec,
): Vec[] {
  const aimStart = start ? aimPoint(start) : first;
  const aimEnd = end ? aimPoint(end) : last;
  const a: Port = start ? elbowEnd(start, aimEnd) : freePort(first, aimEnd);
  const b: Port = end ? elbowEnd(end, aimStart) : freePort(last, aimStart);
  const obstacles = [start, end].flatMap((t) =>
    t ? [rotatedBoxBounds(geomBox(t.shape.geom), t.shape.geom.rotation)] : [],
  );
  const sa = step(a.point, a.dir, ELBOW_STUB);
  const sb = step(b.point, b.dir, ELBOW_STUB);
  const mx = (sa.x + sb.x) / 2;
  const my = (sa.y + sb.y) / 2;
  // Around everything, for ends that face away from each other.
  const around = boundsOfBoxes([...obstacles, boxFromCorners(sa, sb)]) as Box;
  const top = around.y - ELBOW_STUB;
  const bottom = around.y + around.height + ELBOW_STUB;
  const left = around.x - ELBOW_STUB;
  const right = around.x + around.width + ELBOW_STUB;
  const middles: Vec[][] = [
    [vec(mx, sa.y), vec(mx, sb.y)],
    [vec(sa.x, my), vec(sb.x, my)],
    [vec(sb.x, sa.y)],
    [vec(sa.x, sb.y)],
    [vec(sa.x, top), vec(sb.x, top)],
    [vec(sa.x, bottom), vec(sb.x, bottom)],
    [vec(left, sa.y), vec(left, sb.y)],
    [vec(right, sa.y), vec(right, sb.y)],
  ];
  let best: Vec[] = [];
  let bestScore = Infinity;
  for (const middle of middles) {
    const path = simplify([a.point, sa, ...middle, sb, b.point]);
    const score = scorePath(path, a.dir, b.dir, obstacles);
    if (score < bestScore) {
      best = path;
      bestScore = score;
    }
  }
  return best;
}

/** A free end leaves toward the other end along the dominant axis. */
function freePort(point: Vec, toward: Vec): Port {
  return { point, dir: axisOf({ x: toward.x - point.x, y: toward.y - point.y }) };
}

function step(p: Vec, dir: Vec, length: number): Vec {
  return { x: p.x + dir.x * length, y: p.y + dir.y * length };
}

/** Drops repeated points and the middle of three running on in one direction. */
function simplify(path: Vec[]): Vec[] {
  const out: Vec[] = [];
  for (const p of path) {
    const prev = out[out.length - 1];
    if (prev && Math.abs(prev.x - p.x) < 1e-6 && Math.abs(prev.y - p.y) < 1e-6) continue;
    const before = out[out.length - 2];
    if (before && prev && turn(before, prev, p) === 'straight') out.pop();
    out.push(p);
  }
  if (out.length === 1) out.push(out[0]);
  return out;
}

/** How the path a → b → c bends at b. */
function turn(a: Vec, b: Vec, c: Vec): 'straight' | 'back' | 'corner' {
  const d1 = direction(a, b);
  const d2 = direction(b, c);
  if (d1.x === d2.x && d1.y === d2.y) return 'straight';
  return d1.x === -d2.x && d1.y === -d2.y ? 'back' : 'corner';
}

/** Length, plus a little per corner, plus a lot for doubling back at an end or crossing a shape. */
function scorePath(path: Vec[], startDir: Vec, endDir: Vec, obstacles: Box[]): number {
  let score = 0;
  for (let i = 1; i < path.length; i++) {
    score += Math.abs(path[i].x - path[i - 1].x) + Math.abs(path[i].y - path[i - 1].y);
    if (obstacles.some((box) => crosses(path[i - 1], path[i], box))) score += 10_000;
  }
  score += (path.length - 2) * 10;
  for (let i = 2; i < path.length; i++) {
    if (turn(path[i - 2], path[i - 1], path[i]) === 'back') score += 100_000;
  }
  // The first leg must not head back into the start shape, nor the last come out of the end one.
  if (path.length >= 2 && dot(direction(path[0], path[1]), startDir) < 0) score += 100_000;
  const n = path.length;
  if (n >= 2 && dot(direction(path[n - 1], path[n - 2]), endDir) < 0) score += 100_000;
  return score;
}

function direction(from: Vec, to: Vec): Vec {
  return { x: Math.sign(to.x - from.x), y: Math.sign(to.y - from.y) };
}

function dot(a: Vec, b: Vec): number {
  return a.x * b.x + a.y * b.y;
}

/** Whether an axis-aligned segment passes through the inside of a box. */
function crosses(a: Vec, b: Vec, box: Box): boolean {
  const inset = 1;
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  const minX = Math.min(a.x, b.x);
  const maxX = Math.max(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxY = Math.max(a.y, b.y);
  return minX < right && maxX > left && minY < bottom && maxY > top;
}
