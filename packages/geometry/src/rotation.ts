import { boundsOfPoints, boxCenter, boxCorners, type Box } from './box.ts';
import type { Vec } from './vec.ts';

export function degreesToRadians(degrees: number): number {
  return (degrees * Math.PI) / 180;
}

/** Wraps any angle into [0, 360). */
export function normalizeDegrees(degrees: number): number {
  const wrapped = degrees % 360;
  return wrapped < 0 ? wrapped + 360 : wrapped;
}

/**
 * Rotates `p` about `center`. Positive degrees turn clockwise on screen, because
 * y grows downwards (the same sense as Konva's `rotation`). The result is in the
 * same space as the input, so a PagePoint stays a PagePoint.
 */
export function rotatePoint<P extends Vec>(p: P, center: Vec, degrees: number): P {
  if (degrees % 360 === 0) return { x: p.x, y: p.y } as P;
  const radians = degreesToRadians(degrees);
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const dx = p.x - center.x;
  const dy = p.y - center.y;
  return { x: center.x + dx * cos - dy * sin, y: center.y + dx * sin + dy * cos } as P;
}

/** Corners of `box` rotated about its centre, clockwise from the unrotated top-left. */
export function rotatedBoxCorners(b: Box, degrees: number): Vec[] {
  const center = boxCenter(b);
  return boxCorners(b).map((corner) => rotatePoint(corner, center, degrees));
}

/** Axis-aligned bounds of `box` after rotating it about its centre. */
export function rotatedBoxBounds(b: Box, degrees: number): Box {
  if (degrees % 360 === 0) return b;
  // Four corners always exist, so the bounds are defined.
  return boundsOfPoints(rotatedBoxCorners(b, degrees)) as Box;
}
