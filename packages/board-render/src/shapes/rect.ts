import type { RectShape } from '@sketchroom/board-model';
import type { DrawCommand } from '../commands.ts';
import { fillOf, strokeOf, type RenderOptions } from '../render-options.ts';

/** Corner radius of a rectangle, in page units; small rectangles get a quarter of their side. */
export const CORNER_RADIUS = 8;

export function renderRect(shape: RectShape, options: RenderOptions): DrawCommand[] {
  const { width, height } = shape.geom;
  const radius = Math.min(CORNER_RADIUS, width / 4, height / 4);
  return [
    {
      type: 'path',
      geometry: { kind: 'rect', x: 0, y: 0, width, height, radius },
      fill: fillOf(shape.style),
      stroke: strokeOf(shape.style, options),
    },
  ];
}
