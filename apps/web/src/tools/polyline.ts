import type { Geom } from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';

type PolylineGeom = Pick<Geom, 'x' | 'y' | 'width' | 'height' | 'rotation'> & { points: number[] };

/**
 * Geometry for points given in page coordinates: the box is the points' bounds
 * and the points are stored relative to its top-left corner, so rotating about
 * the box centre later turns the drawing about its own middle.
 */
export function polylineGeom(pagePoints: readonly Vec[]): PolylineGeom {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of pagePoints) {
    minX = Math.min(minX, p.x);
    minY = Math.min(minY, p.y);
    maxX = Math.max(maxX, p.x);
    maxY = Math.max(maxY, p.y);
  }
  if (pagePoints.length === 0) return { x: 0, y: 0, width: 0, height: 0, rotation: 0, points: [] };
  const points: number[] = [];
  for (const p of pagePoints) points.push(round(p.x - minX), round(p.y - minY));
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY, rotation: 0, points };
}

/** Two decimals are far below a pixel and keep strokes small in the document. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** With Shift, lines snap to multiples of 15°, keeping their length. */
export function snapAngle(start: Vec, end: Vec, stepDegrees = 15): Vec {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  const length = Math.hypot(dx, dy);
  if (length === 0) return end;
  const step = (stepDegrees * Math.PI) / 180;
  const angle = Math.round(Math.atan2(dy, dx) / step) * step;
  return { x: start.x + Math.cos(angle) * length, y: start.y + Math.sin(angle) * length };
}
