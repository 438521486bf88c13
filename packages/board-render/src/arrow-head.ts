import type { Vec } from '@sketchroom/geometry';

/**
 * The two barbs of an arrow's head at the last point of a polyline, sized to
 * the stroke and shortened for short arrows so the head never swallows the line.
 */
export function arrowHead(points: readonly number[], strokeWidth: number): [Vec, Vec, Vec] | null {
  const n = points.length;
  if (n < 4) return null;
  const tip = { x: points[n - 2], y: points[n - 1] };
  // Walk back to the first point that is not on top of the tip.
  let i = n - 4;
  while (i > 0 && Math.hypot(points[i] - tip.x, points[i + 1] - tip.y) < 1) i -= 2;
  const from = { x: points[i], y: points[i + 1] };
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (length < 1e-6) return null;
  const size = Math.min(length * 0.5, 10 + strokeWidth * 3);
  const angle = Math.atan2(tip.y - from.y, tip.x - from.x);
  const spread = Math.PI / 7;
  const barb = (a: number) => ({
    x: tip.x - Math.cos(a) * size,
    y: tip.y - Math.sin(a) * size,
  });
  return [barb(angle - spread), tip, barb(angle + spread)];
}
