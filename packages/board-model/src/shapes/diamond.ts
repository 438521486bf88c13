import { pointInDiamond } from '@sketchroom/geometry';
import { DEFAULT_STYLE } from '../defaults.ts';
import { boxBounds, geomBox } from '../shape-geometry.ts';
import type { ShapeRecord } from '../shape-record.ts';
import type { ShapeDefinition } from './definition.ts';

/** The rhombus through the midpoints of its box's sides. */
export type DiamondShape = ShapeRecord<'diamond'>;

export const diamond: ShapeDefinition<DiamondShape> = {
  type: 'diamond',
  hasPoints: false,
  hasText: false,
  hasLabel: true,
  defaults: () => ({ style: { ...DEFAULT_STYLE } }),
  validate: (shape) => shape,
  bounds: boxBounds,
  hitTest: ({ geom }, p, tolerance) => pointInDiamond(p, geomBox(geom), geom.rotation, tolerance),
  migrations: [],
};
