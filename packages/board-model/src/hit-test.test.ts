import { describe, expect, it } from 'vitest';
import { createShape } from './create-shape.ts';
import { hitTestShape, shapesInMarquee, topShapeAt } from './hit-test.ts';

const box = { x: 0, y: 0, width: 100, height: 100 };

describe('hitTestShape', () => {
  it('uses the outline that each closed type draws', () => {
    const corner = { x: 5, y: 5 };
    expect(hitTestShape(createShape({ type: 'rect', index: 'a0', geom: box }), corner)).toBe(true);
    expect(hitTestShape(createShape({ type: 'ellipse', index: 'a0', geom: box }), corner)).toBe(
      false,
    );
    expect(hitTestShape(createShape({ type: 'diamond', index: 'a0', geom: box }), corner)).toBe(
      false,
    );
    expect(hitTestShape(createShape({ type: 'note', index: 'a0', geom: box }), corner)).toBe(true);
  });

  it('hits lines near the stroke only, widened by tolerance and stroke width', () => {
    const line = createShape({
      type: 'line',
      index: 'a0',
      geom: { x: 10, y: 10, width: 100, height: 0, points: [0, 0, 100, 0] },
      style: { strokeWidth: 4 },
    });
    expect(hitTestShape(line, { x: 50, y: 12 })).toBe(true); // within half the stroke
    expect(hitTestShape(line, { x: 50, y: 15 })).toBe(false);
    expect(hitTestShape(line, { x: 50, y: 15 }, 4)).toBe(true);
  });

  it('follows a rotated line', () => {
    const line = createShape({
      type: 'draw',
      index: 'a0',
      geom: { x: 0, y: 0, width: 100, height: 0, rotation: 90, points: [0, 0, 100, 0] },
    });
    expect(hitTestShape(line, { x: 50, y: 40 })).toBe(true);
    expect(hitTestShape(line, { x: 90, y: 0 })).toBe(false);
  });
});

describe('picking shapes', () => {
  const bottom = createShape({ type: 'rect', index: 'a0', geom: box });
  const top = createShape({ type: 'rect', index: 'a1', geom: { ...box, x: 50 } });

  it('finds the topmost shape under the point', () => {
    expect(topShapeAt([bottom, top], { x: 60, y: 50 })).toBe(top);
    expect(topShapeAt([bottom, top], { x: 10, y: 50 })).toBe(bottom);
    expect(topShapeAt([bottom, top], { x: 500, y: 50 })).toBeUndefined();
  });

  it('selects only shapes fully inside the marquee', () => {
    expect(shapesInMarquee([bottom, top], { x: -1, y: -1, width: 120, height: 120 })).toEqual([
      bottom.id,
    ]);
  });
});
