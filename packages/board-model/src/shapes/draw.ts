import { DEFAULT_STYLE } from '../defaults.ts';
import { requirePoints } from '../fields.ts';
import { hitsPolyline, polylineBounds } from '../shape-geometry.ts';
import type { ShapeRecord } from '../shape-record.ts';
import type { ShapeDefinition } from './definition.ts';

/** A freehand stroke: the raw pointer samples, smoothed when drawn. */
export type DrawShape = ShapeRecord<'draw'>;

export const draw: ShapeDefinition<DrawShape> = {
  type: 'draw',
  hasPoints: true,
  hasText: false,
  hasLabel: false,
  defaults: () => ({ style: { ...DEFAULT_STYLE }, geom: { points: [0, 0] } }),
  validate: (shape) => ({ ...shape, geom: { ...shape.geom, points: requirePoints(shape.geom) } }),
  bounds: polylineBounds,
  hitTest: hitsPolyline,
  migrations: [],
};
