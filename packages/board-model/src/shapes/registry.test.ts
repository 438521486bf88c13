import { boxCenter } from '@sketchroom/geometry';
import { describe, expect, it } from 'vitest';
import { shapeBounds } from '../bounds.ts';
import { createShape } from '../create-shape.ts';
import { hitTestShape } from '../hit-test.ts';
import { migrateShape } from '../migrations.ts';
import { SHAPE_TYPES, ShapeType, hasPoints, hasText, isKnownShapeType } from '../shape-types.ts';
import { validateShape } from '../validate.ts';
import { SHAPE_DEFINITIONS, shapeDefinition } from './index.ts';

const box = { x: 40, y: 30, width: 120, height: 80 };
/** A filled shape of every type in `box`; polylines cross it corner to corner through the centre. */
function filledShape(type: (typeof SHAPE_TYPES)[number]) {
  const points = shapeDefinition(type)!.hasPoints ? [0, 0, box.width, box.height] : undefined;
  return createShape({
    type,
    index: 'a0',
    geom: { ...box, ...(points && { points }) },
    style: { fill: '#ffc9c9', strokeWidth: 2 },
    text: 'hello',
  });
}

describe('the shape registry', () => {
  it('registers each of the nine schema types once, under its own name', () => {
    expect(SHAPE_TYPES).toEqual([
      'rect',
      'ellipse',
      'diamond',
      'line',
      'arrow',
      'draw',
      'text',
      'note',
      'image',
    ]);
    for (const definition of SHAPE_DEFINITIONS) {
      expect(ShapeType[definition.type]).toBe(definition.type);
      expect(shapeDefinition(definition.type)).toBe(definition);
    }
  });

  describe.each(SHAPE_TYPES)('%s', (type) => {
    const definition = shapeDefinition(type)!;

    it('makes defaults that validate unchanged', () => {
      const shape = createShape({ type, index: 'a0' });
      expect(validateShape(shape)).toEqual({ ok: true, shape });
      expect(validateShape(shape).ok && validateShape(shape)).not.toBe(shape);
      expect(shape.style).toEqual(definition.defaults().style);
      expect(hasPoints(type)).toBe(Array.isArray(shape.geom.points));
      expect(hasText(type)).toBe(shape.text === '');
    });

    it('hands out fresh defaults each time', () => {
      const first = definition.defaults();
      first.style.stroke = 'mutated';
      first.geom?.points?.push(9, 9);
      expect(definition.defaults().style.stroke).not.toBe('mutated');
      expect(definition.defaults().geom?.points ?? []).not.toContain(9);
    });

    it('has finite bounds that hold its box or its points', () => {
      const shape = filledShape(type);
      const bounds = shapeBounds(shape);
      for (const value of Object.values(bounds)) expect(Number.isFinite(value)).toBe(true);
      expect(bounds).toEqual(box);
      const turned = shapeBounds({ ...shape, geom: { ...shape.geom, rotation: 30 } });
      for (const value of Object.values(turned)) expect(Number.isFinite(value)).toBe(true);
      // Turned about the centre of its box: the bounds change but keep that centre.
      expect(turned).not.toEqual(box);
      expect(boxCenter(turned).x).toBeCloseTo(boxCenter(box).x);
      expect(boxCenter(turned).y).toBeCloseTo(boxCenter(box).y);
    });

    it('is hit at its centre and missed well outside', () => {
      const shape = filledShape(type);
      expect(hitTestShape(shape, boxCenter(box))).toBe(true);
      expect(hitTestShape(shape, { x: box.x - 50, y: box.y - 50 })).toBe(false);
      expect(hitTestShape(shape, { x: box.x + box.width + 50, y: box.y })).toBe(false);
    });

    it('keeps unknown fields through validation', () => {
      const shape = filledShape(type);
      const future = {
        ...shape,
        geom: { ...shape.geom, skew: 3 },
        style: { ...shape.style, dash: 'dotted' },
        groupId: 'group:1',
      };
      const result = validateShape(future);
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.shape.geom).toMatchObject({ skew: 3 });
      expect(result.shape.style).toMatchObject({ dash: 'dotted' });
      expect(result.shape.extra).toEqual({ groupId: 'group:1' });
    });

    it('upgrades a version-0 record of its type into a valid shape', () => {
      const shape = filledShape(type);
      const { geom, style, ...rest } = shape;
      const v0 = { ...rest, ...geom, ...style };
      const result = validateShape(migrateShape(v0, 0));
      expect(result).toEqual({ ok: true, shape });
    });
  });

  it('keeps and ignores a type it does not know', () => {
    const star = { ...filledShape('rect'), type: 'star', geom: { ...box, rotation: 0, spikes: 5 } };
    expect(isKnownShapeType('star')).toBe(false);
    expect(shapeDefinition('star')).toBeUndefined();
    const result = validateShape(star);
    expect(result).toEqual({ ok: true, shape: star });
    if (!result.ok) return;
    expect(shapeBounds(result.shape)).toEqual(box);
    expect(hitTestShape(result.shape, boxCenter(box))).toBe(true);
    expect(migrateShape(star, 1)).toBe(star);
  });

  it('renames the prototype rectangle only when migrating from version 0', () => {
    const v0 = {
      id: 'shape:r',
      type: 'rectangle',
      index: 'a0',
      ...box,
      stroke: '#000',
      fill: 'none',
      strokeWidth: 1,
    };
    expect(migrateShape(v0, 0)).toMatchObject({ type: 'rect' });
    const current = { ...filledShape('rect'), type: 'rectangle' };
    expect(migrateShape(current, 1)).toMatchObject({ type: 'rectangle' });
  });
});
