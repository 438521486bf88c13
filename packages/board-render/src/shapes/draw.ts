import type { DrawShape } from '@sketchroom/board-model';
import type { DrawCommand } from '../commands.ts';
import { freehandOutline, outlineSegments } from '../freehand.ts';
import type { RenderOptions } from '../render-options.ts';
import { displayColor } from '../theme.ts';

/** The smoothed outline of the stroke, filled with the stroke colour. */
export function renderDraw(shape: DrawShape, options: RenderOptions): DrawCommand[] {
  const points = shape.geom.points ?? [];
  const width = shape.style.strokeWidth;
  const segments = options.outlines
    ? options.outlines.get(shape.id, points, width)
    : outlineSegments(freehandOutline(points, width));
  if (segments.length === 0) return [];
  return [
    {
      type: 'path',
      geometry: { kind: 'path', segments },
      fill: displayColor(shape.style.stroke, options.theme),
      stroke: null,
    },
  ];
}
