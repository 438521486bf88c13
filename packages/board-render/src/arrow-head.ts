import type { ArrowHead } from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';
import type { PathCommand, Stroke } from './commands.ts';

/** Which end of an arrow's line a head sits at. */
export type ArrowEnd = 'start' | 'end';

interface EndPose {
  tip: Vec;
  /** Direction the line travels into the tip, in radians. */
  angle: number;
  /** Head length: sized to the stroke, shortened on short arrows. */
  size: number;
}

/**
 * Where a head sits and which way it points. The direction is that of the last
 * segment with length, which is also the end tangent of the curved routing (its
 * last curve is aimed from the second-last point), so heads follow curves too.
 */
function poseAt(points: readonly number[], end: ArrowEnd, strokeWidth: number): EndPose | null {
  const count = Math.floor(points.length / 2);
  if (count < 2) return null;
  const at = (i: number) => {
    const k = end === 'end' ? count - 1 - i : i;
    return { x: points[k * 2], y: points[k * 2 + 1] };
  };
  const tip = at(0);
  // Walk back to the first point that is not on top of the tip.
  let i = 1;
  while (i < count - 1 && Math.hypot(at(i).x - tip.x, at(i).y - tip.y) < 1) i++;
  const from = at(i);
  const length = Math.hypot(tip.x - from.x, tip.y - from.y);
  if (!(length > 1e-6)) return null;
  return {
    tip,
    angle: Math.atan2(tip.y - from.y, tip.x - from.x),
    size: Math.min(length * 0.5, 10 + Math.max(0, strokeWidth) * 3),
  };
}

const SPREAD = Math.PI / 7;

function barbs({ tip, angle, size }: EndPose): [Vec, Vec, Vec] {
  const barb = (a: number) => ({ x: tip.x - Math.cos(a) * size, y: tip.y - Math.sin(a) * size });
  return [barb(angle - SPREAD), tip, barb(angle + SPREAD)];
}

/**
 * The two barbs of an open arrow head at the last point of a polyline, as
 * [left barb, tip, right barb]; null where the line has no direction.
 */
export function arrowHead(points: readonly number[], strokeWidth: number): [Vec, Vec, Vec] | null {
  const pose = poseAt(points, 'end', strokeWidth);
  return pose ? barbs(pose) : null;
}

const flat = (vs: readonly Vec[]) => vs.flatMap((v) => [v.x, v.y]);

/**
 * The drawing of one head kind at one end of an arrow's points. Heads are
 * always solid, even on a dashed arrow: a dashed barb would not read as a head.
 */
export function headCommands(
  kind: ArrowHead,
  points: readonly number[],
  end: ArrowEnd,
  lineStroke: Stroke,
): PathCommand[] {
  if (kind === 'none') return [];
  const pose = poseAt(points, end, lineStroke.width);
  if (!pose) return [];
  const stroke: Stroke = { color: lineStroke.color, width: lineStroke.width };
  const { tip, angle, size } = pose;
  switch (kind) {
    case 'arrow':
      return [
        {
          type: 'path',
          geometry: { kind: 'polyline', points: flat(barbs(pose)), closed: false },
          fill: null,
          stroke,
        },
      ];
    case 'triangle':
      return [
        {
          type: 'path',
          geometry: { kind: 'polyline', points: flat(barbs(pose)), closed: true },
          fill: stroke.color,
          stroke,
        },
      ];
    case 'dot': {
      const r = Math.max(1.5, size * 0.3);
      return [
        {
          type: 'path',
          geometry: { kind: 'ellipse', cx: tip.x, cy: tip.y, rx: r, ry: r },
          fill: stroke.color,
          stroke,
        },
      ];
    }
    case 'bar': {
      const half = size * 0.5;
      const dx = -Math.sin(angle) * half;
      const dy = Math.cos(angle) * half;
      return [
        {
          type: 'path',
          geometry: {
            kind: 'polyline',
            points: [tip.x + dx, tip.y + dy, tip.x - dx, tip.y - dy],
            closed: false,
          },
          fill: null,
          stroke,
        },
      ];
    }
  }
}
