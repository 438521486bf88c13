import type { DiamondShape } from '@sketchroom/board-model';
import type { DrawCommand } from '../commands.ts';
import { fillOf, strokeOf, type RenderOptions } from '../render-options.ts';

export function renderDiamond(shape: DiamondShape, options: RenderOptions): DrawCommand[] {
  const { width: w, height: h } = shape.geom;
  return [
    {
      type: 'path',
      geometry: {
        kind: 'polyline',
        points: [w / 2, 0, w, h / 2, w / 2, h, 0, h / 2],
        closed: true,
      },
      fill: fillOf(shape.style),
      stroke: strokeOf(shape.style, options),
    },
  ];
}
