import { pointInRect } from '@sketchroom/geometry';
import { DEFAULT_FONT_SIZE, DEFAULT_STYLE } from '../defaults.ts';
import { requireFontSize } from '../fields.ts';
import { boxBounds, geomBox } from '../shape-geometry.ts';
import type { ShapeRecord } from '../shape-record.ts';
import type { ShapeDefinition } from './definition.ts';

/** Free text in the stroke colour; its box grows with the text. */
export interface TextShape extends ShapeRecord<'text'> {
  text: string;
}

export const text: ShapeDefinition<TextShape> = {
  type: 'text',
  hasPoints: false,
  hasText: true,
  hasLabel: false,
  defaults: () => ({ style: { ...DEFAULT_STYLE, fontSize: DEFAULT_FONT_SIZE }, text: '' }),
  validate: (shape) => ({
    ...shape,
    style: { ...shape.style, fontSize: requireFontSize(shape.style) },
    text: shape.text ?? '',
  }),
  bounds: boxBounds,
  hitTest: ({ geom }, p, tolerance) => pointInRect(p, geomBox(geom), geom.rotation, tolerance),
  migrations: [],
};
