import type { Vec } from './vec.ts';

/** Rounds to the nearest multiple of `gridSize`; a size ≤ 0 means no grid. */
export function snapToGrid(value: number, gridSize: number): number {
  if (!(gridSize > 0)) return value;
  // `+ 0` turns the -0 that Math.round can produce into 0.
  return Math.round(value / gridSize) * gridSize + 0;
}

/** Snaps both coordinates; the point keeps its space (page stays page). */
export function snapPointToGrid<P extends Vec>(p: P, gridSize: number): P {
  return { x: snapToGrid(p.x, gridSize), y: snapToGrid(p.y, gridSize) } as P;
}
