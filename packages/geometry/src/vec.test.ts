import { describe, expect, it } from 'vitest';
import {
  addVec,
  distance,
  pagePoint,
  scaleVec,
  screenPoint,
  subVec,
  vecEquals,
  vecLength,
  type PagePoint,
} from './vec.ts';

describe('points', () => {
  it('makes page and screen points that are plain {x, y} at runtime', () => {
    expect(pagePoint(1, 2)).toEqual({ x: 1, y: 2 });
    expect(screenPoint(3, 4)).toEqual({ x: 3, y: 4 });
  });

  it('keeps page and screen points apart in the type system', () => {
    const takesPage = (p: PagePoint) => p.x;
    // @ts-expect-error a screen point is not a page point
    takesPage(screenPoint(1, 1));
    expect(takesPage(pagePoint(5, 0))).toBe(5);
  });
});

describe('vector maths', () => {
  it('adds, subtracts and scales', () => {
    expect(addVec({ x: 1, y: 2 }, { x: 3, y: -4 })).toEqual({ x: 4, y: -2 });
    expect(subVec({ x: 1, y: 2 }, { x: 3, y: -4 })).toEqual({ x: -2, y: 6 });
    expect(scaleVec({ x: 1, y: -2 }, 3)).toEqual({ x: 3, y: -6 });
  });

  it('measures lengths and distances', () => {
    expect(vecLength({ x: 3, y: 4 })).toBe(5);
    expect(distance({ x: 1, y: 1 }, { x: 4, y: 5 })).toBe(5);
  });

  it('compares with a tolerance', () => {
    expect(vecEquals({ x: 1, y: 1 }, { x: 1.05, y: 1 }, 0.1)).toBe(true);
    expect(vecEquals({ x: 1, y: 1 }, { x: 1.05, y: 1 })).toBe(false);
  });
});
