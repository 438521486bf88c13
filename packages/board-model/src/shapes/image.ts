import { pointInRect } from '@sketchroom/geometry';
import { DEFAULT_STYLE } from '../defaults.ts';
import { boxBounds, geomBox } from '../shape-geometry.ts';
import type { ShapeRecord } from '../shape-record.ts';
import type { ShapeDefinition } from './definition.ts';

/** An uploaded picture stretched to its box; `asset` names the file by content hash. */
export type ImageShape = ShapeRecord<'image'>;

export const image: ShapeDefinition<ImageShape> = {
  type: 'image',
  hasPoints: false,
  hasText: false,
  hasLabel: false,
  defaults: () => ({ style: { ...DEFAULT_STYLE, strokeWidth: 0 } }),
  validate: (shape) => shape,
  bounds: boxBounds,
  hitTest: ({ geom }, p, tolerance) => pointInRect(p, geomBox(geom), geom.rotation, tolerance),
  migrations: [],
};
