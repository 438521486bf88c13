import { pointInRect } from '@sketchroom/geometry';
import { DEFAULT_STYLE } from '../defaults.ts';
import { boxBounds, geomBox } from '../shape-geometry.ts';
import type { ShapeRecord } from '../shape-record.ts';
import type { ShapeDefinition } from './definition.ts';

export type RectShape = ShapeRecord<'rect'>;

export const rect: ShapeDefinition<RectShape> = {
  type: 'rect',
  hasPoints: false,
  hasText: false,
  hasLabel: true,
  defaults: () => ({ style: { ...DEFAULT_STYLE } }),
  validate: (shape) => shape,
  bounds: boxBounds,
  hitTest: ({ geom }, p, tolerance) => pointInRect(p, geomBox(geom), geom.rotation, tolerance),
  // The version-0 prototype called it "rectangle" (its flat fields are regrouped in migrations.ts).
  migrations: [{ from: 0, fromType: 'rectangle', up: (record) => ({ ...record, type: 'rect' }) }],
};
