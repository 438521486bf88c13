import { describe, expect, it } from 'vitest';
import {
  boundsOfBoxes,
  boundsOfPoints,
  box,
  boxCenter,
  boxContainsBox,
  boxContainsPoint,
  boxCorners,
  boxFromCorners,
  boxIntersects,
  boxUnion,
  expandBox,
  normalizeBox,
  translateBox,
} from './box.ts';

describe('normalizeBox', () => {
  it('turns a drag up and to the left into a box with its top-left corner at x, y', () => {
    expect(normalizeBox(box(10, 10, -4, -6))).toEqual(box(6, 4, 4, 6));
  });

  it('leaves a normal box alone', () => {
    expect(normalizeBox(box(1, 2, 3, 4))).toEqual(box(1, 2, 3, 4));
  });

  it('builds a box from two corners in any order', () => {
    expect(boxFromCorners({ x: 5, y: 1 }, { x: 1, y: 5 })).toEqual(box(1, 1, 4, 4));
  });
});

describe('bounds', () => {
  it('unions two boxes', () => {
    expect(boxUnion(box(0, 0, 2, 2), box(5, -1, 1, 1))).toEqual(box(0, -1, 6, 3));
  });

  it('bounds points and boxes, and has no bounds for nothing', () => {
    expect(
      boundsOfPoints([
        { x: 3, y: 1 },
        { x: -2, y: 4 },
        { x: 0, y: 0 },
      ]),
    ).toEqual(box(-2, 0, 5, 4));
    expect(boundsOfBoxes([box(0, 0, 1, 1), box(2, 2, 1, 1)])).toEqual(box(0, 0, 3, 3));
    expect(boundsOfPoints([])).toBeUndefined();
    expect(boundsOfBoxes([])).toBeUndefined();
  });
});

describe('intersection and containment', () => {
  const a = box(0, 0, 10, 10);

  it('detects overlap, touching and separation', () => {
    expect(boxIntersects(a, box(5, 5, 10, 10))).toBe(true);
    expect(boxIntersects(a, box(10, 0, 5, 5))).toBe(true);
    expect(boxIntersects(a, box(11, 0, 5, 5))).toBe(false);
    expect(boxIntersects(a, box(0, -6, 5, 5))).toBe(false);
  });

  it('contains boxes fully inside only', () => {
    expect(boxContainsBox(a, box(1, 1, 8, 8))).toBe(true);
    expect(boxContainsBox(a, a)).toBe(true);
    expect(boxContainsBox(a, box(5, 5, 6, 1))).toBe(false);
  });

  it('contains points on or inside the edge', () => {
    expect(boxContainsPoint(a, { x: 10, y: 0 })).toBe(true);
    expect(boxContainsPoint(a, { x: 10.01, y: 5 })).toBe(false);
  });
});

describe('box helpers', () => {
  it('expands and shrinks on every side', () => {
    expect(expandBox(box(0, 0, 10, 10), 2)).toEqual(box(-2, -2, 14, 14));
    expect(expandBox(box(0, 0, 10, 10), -2)).toEqual(box(2, 2, 6, 6));
  });

  it('finds centre, corners and moves', () => {
    expect(boxCenter(box(0, 0, 10, 4))).toEqual({ x: 5, y: 2 });
    expect(boxCorners(box(0, 0, 2, 1))).toEqual([
      { x: 0, y: 0 },
      { x: 2, y: 0 },
      { x: 2, y: 1 },
      { x: 0, y: 1 },
    ]);
    expect(translateBox(box(1, 1, 2, 2), { x: 3, y: -1 })).toEqual(box(4, 0, 2, 2));
  });
});
