import type { LineShape } from '@sketchroom/board-model';
import type { DrawCommand } from '../commands.ts';
import { strokeOf, type RenderOptions } from '../render-options.ts';

/** A line is only ever stroked: its fill is ignored, however it is stored. */
export function renderLine(shape: LineShape, options: RenderOptions): DrawCommand[] {
  const stroke = strokeOf(shape.style, options);
  if (!stroke) return [];
  const points = shape.geom.points ?? [];
  return [
    { type: 'path', geometry: { kind: 'polyline', points, closed: false }, fill: null, stroke },
  ];
}
