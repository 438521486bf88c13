import { describe, expect, it } from 'vitest';
import { createShape } from './create-shape.ts';
import { DEFAULT_FONT_SIZE, PALETTE } from './defaults.ts';
import { isShapeId } from './shape-id.ts';
import { SHAPE_TYPES } from './shape-types.ts';
import { validateShape } from './validate.ts';

describe('createShape', () => {
  it('makes a valid record for every known type', () => {
    for (const type of SHAPE_TYPES) {
      const shape = createShape({ type, index: 'a0', geom: { width: 10, height: 10 } });
      expect(validateShape(shape), type).toEqual({ ok: true, shape });
      expect(isShapeId(shape.id)).toBe(true);
    }
  });

  it('keeps what the caller gives over the defaults', () => {
    const shape = createShape({
      type: 'arrow',
      index: 'a5',
      geom: { x: 3, points: [0, 0, 40, 10] },
      style: { stroke: PALETTE[6].stroke },
    });
    expect(shape.geom).toEqual({
      x: 3,
      y: 0,
      width: 0,
      height: 0,
      rotation: 0,
      points: [0, 0, 40, 10],
    });
    expect(shape.style.stroke).toBe(PALETTE[6].stroke);
    expect(shape.style.opacity).toBe(1);
  });

  it('gives text shapes text and a font size', () => {
    const note = createShape({ type: 'note', index: 'a0', text: 'hello' });
    expect(note.text).toBe('hello');
    expect(note.style.fontSize).toBe(DEFAULT_FONT_SIZE);
  });
});

describe('palette', () => {
  it('has eight distinct colours, each with a translucent fill of its own stroke', () => {
    expect(new Set(PALETTE.map((c) => c.stroke)).size).toBe(8);
    for (const colour of PALETTE) {
      expect(colour.fill.startsWith(colour.stroke)).toBe(true);
      expect(colour.fill).toMatch(/^#[0-9a-f]{8}$/);
    }
  });
});
