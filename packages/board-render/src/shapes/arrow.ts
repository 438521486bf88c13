import { headsOf, type ArrowShape } from '@sketchroom/board-model';
import { headCommands } from '../arrow-head.ts';
import { arrowLine } from '../arrow-route.ts';
import type { DrawCommand } from '../commands.ts';
import { strokeOf, type RenderOptions } from '../render-options.ts';

/** The line (straight, curved or elbow through its points), then a head at each end that has one. */
export function renderArrow(shape: ArrowShape, options: RenderOptions): DrawCommand[] {
  const stroke = strokeOf(shape.style, options);
  if (!stroke) return [];
  const points = shape.geom.points ?? [];
  const heads = headsOf(shape.style);
  return [
    { type: 'path', geometry: arrowLine(points, shape.style), fill: null, stroke },
    ...headCommands(heads.start, points, 'start', stroke),
    ...headCommands(heads.end, points, 'end', stroke),
  ];
}
