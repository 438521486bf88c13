import { pointInEllipse } from '@sketchroom/geometry';
import { DEFAULT_STYLE } from '../defaults.ts';
import { boxBounds, geomBox } from '../shape-geometry.ts';
import type { ShapeRecord } from '../shape-record.ts';
import type { ShapeDefinition } from './definition.ts';

/** The ellipse inscribed in its box. */
export type EllipseShape = ShapeRecord<'ellipse'>;

export const ellipse: ShapeDefinition<EllipseShape> = {
  type: 'ellipse',
  hasPoints: false,
  hasText: false,
  hasLabel: true,
  defaults: () => ({ style: { ...DEFAULT_STYLE } }),
  validate: (shape) => shape,
  bounds: boxBounds,
  hitTest: ({ geom }, p, tolerance) => pointInEllipse(p, geomBox(geom), geom.rotation, tolerance),
  migrations: [],
};
