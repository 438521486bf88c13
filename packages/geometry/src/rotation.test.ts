import { describe, expect, it } from 'vitest';
import { box } from './box.ts';
import { normalizeDegrees, rotatedBoxBounds, rotatedBoxCorners, rotatePoint } from './rotation.ts';

function expectClose(actual: { x: number; y: number }, x: number, y: number) {
  expect(actual.x).toBeCloseTo(x);
  expect(actual.y).toBeCloseTo(y);
}

describe('rotatePoint', () => {
  it('turns clockwise on screen for positive degrees', () => {
    // With y pointing down, a quarter turn takes "right of centre" to "below centre".
    expectClose(rotatePoint({ x: 10, y: 0 }, { x: 0, y: 0 }, 90), 0, 10);
  });

  it('rotates about the given centre', () => {
    expectClose(rotatePoint({ x: 6, y: 5 }, { x: 5, y: 5 }, 180), 4, 5);
  });

  it('leaves the point alone for whole turns', () => {
    expect(rotatePoint({ x: 3, y: 4 }, { x: 0, y: 0 }, 360)).toEqual({ x: 3, y: 4 });
  });

  it('normalizes angles into [0, 360)', () => {
    expect(normalizeDegrees(-90)).toBe(270);
    expect(normalizeDegrees(725)).toBe(5);
  });
});

describe('rotatedBoxBounds', () => {
  it('swaps width and height for a quarter turn about the centre', () => {
    const bounds = rotatedBoxBounds(box(0, 0, 20, 10), 90);
    expect(bounds.x).toBeCloseTo(5);
    expect(bounds.y).toBeCloseTo(-5);
    expect(bounds.width).toBeCloseTo(10);
    expect(bounds.height).toBeCloseTo(20);
  });

  it('grows a square turned by 45 degrees to its diagonal', () => {
    const bounds = rotatedBoxBounds(box(0, 0, 10, 10), 45);
    expect(bounds.width).toBeCloseTo(Math.SQRT2 * 10);
    expect(bounds.x + bounds.width / 2).toBeCloseTo(5);
  });

  it('returns the box itself when not rotated', () => {
    const b = box(1, 2, 3, 4);
    expect(rotatedBoxBounds(b, 0)).toBe(b);
  });

  it('lists rotated corners starting from the top-left', () => {
    const corners = rotatedBoxCorners(box(0, 0, 2, 2), 90);
    expectClose(corners[0], 2, 0);
  });
});
