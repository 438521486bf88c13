import { describe, expect, it } from 'vitest';
import { createShapeId, isShapeId } from './shape-id.ts';

describe('shape ids', () => {
  it('makes prefixed, url-safe ids with a long random part', () => {
    const id = createShapeId();
    expect(id).toMatch(/^shape:[A-Za-z0-9_-]{21}$/);
    expect(encodeURIComponent(id.slice('shape:'.length))).toBe(id.slice('shape:'.length));
  });

  it('does not repeat itself', () => {
    const ids = new Set(Array.from({ length: 10_000 }, () => createShapeId()));
    expect(ids.size).toBe(10_000);
  });

  it('recognises its own ids and ids of the same form', () => {
    expect(isShapeId(createShapeId())).toBe(true);
    expect(isShapeId('shape:abc')).toBe(true);
  });

  it('rejects anything else', () => {
    expect(isShapeId('abc')).toBe(false);
    expect(isShapeId('shape:')).toBe(false);
    expect(isShapeId('shape:has space')).toBe(false);
    expect(isShapeId('page:abc')).toBe(false);
    expect(isShapeId(42)).toBe(false);
    expect(isShapeId(`shape:${'x'.repeat(101)}`)).toBe(false);
  });
});
