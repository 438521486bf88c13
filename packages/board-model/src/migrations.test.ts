import { describe, expect, it } from 'vitest';
import { migrateShape, SCHEMA_VERSION } from './migrations.ts';
import { validateShape } from './validate.ts';
import { createShape } from './create-shape.ts';
import { hasPoints, hasText, SHAPE_TYPES } from './shape-types.ts';

// A record as the version-0 prototype stored it: flat fields, "rectangle".
const v0Rectangle = {
  id: 'shape:old1',
  type: 'rectangle',
  index: 'a0',
  x: 5,
  y: 6,
  width: 70,
  height: 40,
  stroke: '#e03131',
  fill: 'transparent',
  strokeWidth: 3,
  label: 'kept',
};

describe('migrateShape', () => {
  it('is at version 2', () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('upgrades a version-0 record into a valid version-1 shape', () => {
    const migrated = migrateShape(v0Rectangle, 0);
    const result = validateShape(migrated);
    expect(result).toEqual({
      ok: true,
      shape: {
        id: 'shape:old1',
        type: 'rect',
        index: 'a0',
        geom: { x: 5, y: 6, width: 70, height: 40, rotation: 0 },
        style: { stroke: '#e03131', fill: 'transparent', strokeWidth: 3, opacity: 1 },
        extra: { label: 'kept' },
      },
    });
  });

  it('moves points and font size into their groups', () => {
    const v0Line = { ...v0Rectangle, type: 'line', points: [0, 0, 70, 40], fontSize: 12 };
    const migrated = migrateShape(v0Line, 0) as { geom: object; style: object };
    expect(migrated.geom).toMatchObject({ points: [0, 0, 70, 40] });
    expect(migrated.style).toMatchObject({ fontSize: 12 });
  });

  it('leaves current and newer records alone', () => {
    const current = { id: 'shape:x', geom: {} };
    expect(migrateShape(current, 2)).toBe(current);
    expect(migrateShape(current, 7)).toBe(current);
  });

  it('reads every version-1 record unchanged as version 2, for every type', () => {
    for (const type of SHAPE_TYPES) {
      const v1 = createShape({
        type,
        index: 'a0',
        geom: { width: 10, height: 10, ...(hasPoints(type) ? { points: [0, 0, 10, 10] } : {}) },
        text: hasText(type) ? 'hi' : undefined,
      });
      const stored = { ...JSON.parse(JSON.stringify(v1)), unknownKey: { kept: true } };
      const migrated = migrateShape(stored, 1);
      expect(migrated).toEqual(stored);
      expect(validateShape(migrated)).toMatchObject({
        ok: true,
        shape: { ...v1, extra: { unknownKey: { kept: true } } },
      });
    }
  });

  it('rejects impossible versions', () => {
    expect(() => migrateShape(v0Rectangle, -1)).toThrow(RangeError);
    expect(() => migrateShape(v0Rectangle, 0.5)).toThrow('whole number');
  });
});
