import { DEFAULT_STYLE } from '../defaults.ts';
import { requirePoints } from '../fields.ts';
import { hitsPolyline, polylineBounds } from '../shape-geometry.ts';
import type { ShapeRecord } from '../shape-record.ts';
import type { ShapeDefinition } from './definition.ts';

/** A line through its points with a head at the last one. */
export type ArrowShape = ShapeRecord<'arrow'>;

export const arrow: ShapeDefinition<ArrowShape> = {
  type: 'arrow',
  hasPoints: true,
  hasText: false,
  hasLabel: true,
  defaults: () => ({ style: { ...DEFAULT_STYLE }, geom: { points: [0, 0] } }),
  validate: (shape) => ({ ...shape, geom: { ...shape.geom, points: requirePoints(shape.geom) } }),
  bounds: polylineBounds,
  hitTest: hitsPolyline,
  migrations: [],
};
