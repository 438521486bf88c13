import { describe, expect, it } from 'vitest';
import { validateShape } from './validate.ts';

const rect = {
  id: 'shape:rect1',
  type: 'rect',
  index: 'a0',
  geom: { x: 10, y: 20, width: 100, height: 50, rotation: 0 },
  style: { stroke: '#1971c2', fill: 'transparent', strokeWidth: 2, opacity: 1 },
};

function errorOf(input: unknown): string {
  const result = validateShape(input);
  if (result.ok) throw new Error('expected the shape to be rejected');
  return result.error;
}

function withGeom(geom: Record<string, unknown>, base: Record<string, unknown> = rect) {
  return { ...base, geom: { ...(base.geom as object), ...geom } };
}

function withStyle(style: Record<string, unknown>, base: Record<string, unknown> = rect) {
  return { ...base, style: { ...(base.style as object), ...style } };
}

describe('validateShape accepts', () => {
  it('a plain rectangle, returning an equal but separate record', () => {
    const result = validateShape(rect);
    expect(result).toEqual({ ok: true, shape: rect });
    if (result.ok) expect(result.shape.geom).not.toBe(rect.geom);
  });

  it('a line with points', () => {
    const line = { ...withGeom({ points: [0, 0, 100, 50] }), type: 'line' };
    expect(validateShape(line).ok).toBe(true);
  });

  it('text with a font size, filling in empty text', () => {
    const result = validateShape({ ...withStyle({ fontSize: 24 }), type: 'text' });
    expect(result.ok && result.shape.text).toBe('');
  });

  it('an image with its asset hash', () => {
    const result = validateShape({ ...rect, type: 'image', asset: 'sha256-abc' });
    expect(result.ok && result.shape.asset).toBe('sha256-abc');
  });

  it('an unknown type from a newer client, unchanged', () => {
    const star = { ...rect, type: 'star' };
    expect(validateShape(star)).toEqual({ ok: true, shape: star });
  });

  it('unknown fields in geom and style, and unknown top-level keys in extra', () => {
    const input = {
      ...withStyle({ dash: 'dotted' }, withGeom({ cornerRadius: 8 })),
      groupId: 'group:1',
      extra: { locked: true },
    };
    const result = validateShape(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.shape.geom).toMatchObject({ cornerRadius: 8 });
    expect(result.shape.style).toMatchObject({ dash: 'dotted' });
    expect(result.shape.extra).toEqual({ locked: true, groupId: 'group:1' });
    expect(result.shape).not.toHaveProperty('groupId');
  });
});

describe('validateShape rejects, saying what is wrong', () => {
  it('things that are not shapes', () => {
    expect(errorOf(null)).toBe('shape must be an object, got null');
    expect(errorOf([rect])).toMatch(/^shape must be an object/);
  });

  it('bad ids, types and indexes', () => {
    expect(errorOf({ ...rect, id: 'rect1' })).toMatch(/^id must be a shape id/);
    expect(errorOf({ ...rect, type: '' })).toMatch(/^type must be a shape type name/);
    expect(errorOf({ ...rect, type: 3 })).toMatch(/^type must be/);
    expect(errorOf({ ...rect, index: 'a00' })).toMatch(/^index must be a fractional index/);
    expect(errorOf({ ...rect, index: 7 })).toMatch(/^index must be/);
  });

  it('missing or non-finite numbers', () => {
    expect(errorOf({ ...rect, geom: undefined })).toBe('geom must be an object, got nothing');
    expect(errorOf(withGeom({ x: Number.NaN }))).toBe('geom.x must be a finite number, got NaN');
    expect(errorOf(withGeom({ y: Infinity }))).toMatch(/^geom.y must be a finite number/);
    expect(errorOf(withGeom({ rotation: '90' }))).toBe(
      'geom.rotation must be a finite number, got "90"',
    );
  });

  it('negative sizes', () => {
    expect(errorOf(withGeom({ width: -1 }))).toBe('geom.width must be a number ≥ 0, got -1');
  });

  it('bad point lists', () => {
    const line = { ...rect, type: 'line' };
    expect(errorOf(line)).toMatch(/^geom.points must be an array/);
    expect(errorOf(withGeom({ points: [0, 0, 1] }, line))).toBe(
      'geom.points must be an even number (≥ 2) of coordinates, got "3 values"',
    );
    expect(errorOf(withGeom({ points: [0, 0, 1, null] }, line))).toMatch(/^geom.points\[3\]/);
  });

  it('bad style values', () => {
    expect(errorOf(withStyle({ opacity: 1.5 }))).toBe(
      'style.opacity must be a number between 0 and 1, got 1.5',
    );
    expect(errorOf(withStyle({ stroke: 5 }))).toBe('style.stroke must be a string, got 5');
    expect(errorOf(withStyle({ strokeWidth: -2 }))).toMatch(/^style.strokeWidth/);
    expect(errorOf({ ...rect, type: 'text' })).toMatch(/^style.fontSize must be a finite number/);
    expect(errorOf(withStyle({ fontSize: 0 }))).toBe('style.fontSize must be a number > 0, got 0');
  });

  it('non-string text and asset, and a non-object extra', () => {
    expect(errorOf({ ...rect, type: 'note', text: 5 })).toBe('shape.text must be a string, got 5');
    expect(errorOf({ ...rect, asset: {} })).toBe('shape.asset must be a string, got {}');
    expect(errorOf({ ...rect, extra: 'x' })).toBe('extra must be an object, got "x"');
  });
});
