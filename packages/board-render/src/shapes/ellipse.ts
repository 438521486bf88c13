import type { EllipseShape } from '@sketchroom/board-model';
import type { DrawCommand } from '../commands.ts';
import { fillOf, strokeOf, type RenderOptions } from '../render-options.ts';

export function renderEllipse(shape: EllipseShape, options: RenderOptions): DrawCommand[] {
  const { width, height } = shape.geom;
  return [
    {
      type: 'path',
      geometry: { kind: 'ellipse', cx: width / 2, cy: height / 2, rx: width / 2, ry: height / 2 },
      fill: fillOf(shape.style),
      stroke: strokeOf(shape.style, options),
    },
  ];
}
