import { getStroke } from 'perfect-freehand';

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

/** The outline as SVG path data (also accepted by `new Path2D`), smoothed with quadratic curves. */
export function outlineToPath(outline: readonly number[][]): string {
  if (outline.length < 2) return '';
  const fixed = (n: number) => n.toFixed(2);
  let d = `M${fixed(outline[0][0])},${fixed(outline[0][1])}`;
  for (let i = 1; i < outline.length; i++) {
    const [x0, y0] = outline[i];
    const [x1, y1] = outline[(i + 1) % outline.length];
    d += ` Q${fixed(x0)},${fixed(y0)} ${fixed((x0 + x1) / 2)},${fixed((y0 + y1) / 2)}`;
  }
  return `${d} Z`;
}
