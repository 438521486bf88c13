import { describe, expect, it } from 'vitest';
import { boundsOfShapes, pagePoints, shapeBounds } from './bounds.ts';
import { createShape } from './create-shape.ts';

function expectBox(actual: object, x: number, y: number, width: number, height: number) {
  const box = actual as { x: number; y: number; width: number; height: number };
  expect(box.x).toBeCloseTo(x);
  expect(box.y).toBeCloseTo(y);
  expect(box.width).toBeCloseTo(width);
  expect(box.height).toBeCloseTo(height);
}

describe('shapeBounds', () => {
  it('is the geometry box for an unrotated rectangle', () => {
    const rect = createShape({
      type: 'rect',
      index: 'a0',
      geom: { x: 10, y: 20, width: 30, height: 40 },
    });
    expect(shapeBounds(rect)).toEqual({ x: 10, y: 20, width: 30, height: 40 });
  });

  it('grows to hold a rotated box, turning about its centre', () => {
    const rect = createShape({
      type: 'rect',
      index: 'a0',
      geom: { x: 0, y: 0, width: 40, height: 20, rotation: 90 },
    });
    expectBox(shapeBounds(rect), 10, -10, 20, 40);
  });

  it('follows the points of a line, offset by x and y', () => {
    const line = createShape({
      type: 'line',
      index: 'a0',
      geom: { x: 100, y: 100, width: 50, height: 10, points: [0, 10, 50, 0] },
    });
    expect(shapeBounds(line)).toEqual({ x: 100, y: 100, width: 50, height: 10 });
  });

  it('rotates points about the centre of the box', () => {
    const line = createShape({
      type: 'line',
      index: 'a0',
      geom: { x: 0, y: 0, width: 10, height: 0, rotation: 90, points: [0, 0, 10, 0] },
    });
    const [start, end] = pagePoints(line.geom);
    expect(start.x).toBeCloseTo(5);
    expect(start.y).toBeCloseTo(-5);
    expect(end.y).toBeCloseTo(5);
    expectBox(shapeBounds(line), 5, -5, 0, 10);
  });

  it('unions several shapes and has no bounds for none', () => {
    const a = createShape({ type: 'rect', index: 'a0', geom: { width: 10, height: 10 } });
    const b = createShape({
      type: 'ellipse',
      index: 'a1',
      geom: { x: 20, y: 5, width: 10, height: 10 },
    });
    expect(boundsOfShapes([a, b])).toEqual({ x: 0, y: 0, width: 30, height: 15 });
    expect(boundsOfShapes([])).toBeUndefined();
  });
});
