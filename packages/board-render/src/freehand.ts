import { getStroke } from 'perfect-freehand';
import type { PathSegment } from './commands.ts';

/**
 * The filled outline of a freehand stroke, from its raw points (flat list) and
 * stroke width: perfect-freehand smooths the line and simulates pen pressure
 * from speed, so strokes look inked rather than plotted.
 */
export function freehandOutline(points: readonly number[], strokeWidth: number): number[][] {
  const input: number[][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) input.push([points[i], points[i + 1]]);
  return getStroke(input, {
    size: Math.max(1, strokeWidth) * 2.2,
    thinning: 0.55,
    smoothing: 0.5,
    streamline: 0.4,
    simulatePressure: true,
    last: true,
  });
}

/** The outline as a closed path, smoothed with quadratic curves through the midpoints. */
export function outlineSegments(outline: readonly number[][]): PathSegment[] {
  if (outline.length < 2) return [];
  const segments: PathSegment[] = [{ op: 'M', x: outline[0][0], y: outline[0][1] }];
  for (let i = 1; i < outline.length; i++) {
    const [cx, cy] = outline[i];
    const [nx, ny] = outline[(i + 1) % outline.length];
    segments.push({ op: 'Q', cx, cy, x: (cx + nx) / 2, y: (cy + ny) / 2 });
  }
  segments.push({ op: 'Z' });
  return segments;
}

/**
 * Smoothed outlines by shape id, for painters that redraw often. A moved stroke
 * keeps its points but may arrive as a new array (a peer's update, a rebuilt
 * record), so entries compare the points themselves. The same segments object
 * comes back while nothing changed, so painters may key their own caches on it.
 */
export class OutlineCache {
  private readonly entries = new Map<
    string,
    { points: readonly number[]; width: number; segments: readonly PathSegment[] }
  >();

  constructor(private readonly limit = 20_000) {}

  get(id: string, points: readonly number[], strokeWidth: number): readonly PathSegment[] {
    const cached = this.entries.get(id);
    if (cached && cached.width === strokeWidth && samePoints(cached.points, points)) {
      cached.points = points;
      return cached.segments;
    }
    const segments = outlineSegments(freehandOutline(points, strokeWidth));
    if (this.entries.size >= this.limit) this.entries.clear();
    this.entries.set(id, { points, width: strokeWidth, segments });
    return segments;
  }

  get size(): number {
    return this.entries.size;
  }
}

function samePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
