import { pointInRect } from '@sketchroom/geometry';
import { DEFAULT_FONT_SIZE, DEFAULT_STYLE } from '../defaults.ts';
import { boxBounds, geomBox } from '../shape-geometry.ts';
import type { ShapeRecord } from '../shape-record.ts';
import type { ShapeDefinition } from './definition.ts';

/** A sticky note: opaque paper (the fill) with wrapped text (the stroke colour). */
export interface NoteShape extends ShapeRecord<'note'> {
  text: string;
}

export const note: ShapeDefinition<NoteShape> = {
  type: 'note',
  hasPoints: false,
  hasText: true,
  hasLabel: false,
  // Opaque so the text reads on any background.
  defaults: () => ({
    style: { ...DEFAULT_STYLE, stroke: '#1e1e1e', fill: '#ffec99', fontSize: DEFAULT_FONT_SIZE },
    text: '',
  }),
  validate: (shape) => ({ ...shape, text: shape.text ?? '' }),
  bounds: boxBounds,
  hitTest: ({ geom }, p, tolerance) => pointInRect(p, geomBox(geom), geom.rotation, tolerance),
  migrations: [],
};
