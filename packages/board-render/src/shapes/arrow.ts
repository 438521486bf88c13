import type { ArrowShape } from '@sketchroom/board-model';
import { arrowHead } from '../arrow-head.ts';
import type { DrawCommand } from '../commands.ts';
import { strokeOf, type RenderOptions } from '../render-options.ts';

/** The line, then its two barbs as an open polyline; never filled. */
export function renderArrow(shape: ArrowShape, options: RenderOptions): DrawCommand[] {
  const stroke = strokeOf(shape.style, options);
  if (!stroke) return [];
  const points = shape.geom.points ?? [];
  const commands: DrawCommand[] = [
    { type: 'path', geometry: { kind: 'polyline', points, closed: false }, fill: null, stroke },
  ];
  const head = arrowHead(points, shape.style.strokeWidth);
  if (head) {
    const [left, tip, right] = head;
    commands.push({
      type: 'path',
      geometry: {
        kind: 'polyline',
        points: [left.x, left.y, tip.x, tip.y, right.x, right.y],
        closed: false,
      },
      fill: null,
      stroke,
    });
  }
  return commands;
}
