import { describe, expect, it } from 'vitest';
import { snapPointToGrid, snapToGrid } from './snap.ts';
import { pagePoint } from './vec.ts';

describe('snapToGrid', () => {
  it('rounds to the nearest grid line', () => {
    expect(snapToGrid(14, 10)).toBe(10);
    expect(snapToGrid(15, 10)).toBe(20);
    expect(snapToGrid(-14, 10)).toBe(-10);
    expect(Object.is(snapToGrid(-1, 10), 0)).toBe(true);
  });

  it('leaves values alone without a grid', () => {
    expect(snapToGrid(14.2, 0)).toBe(14.2);
  });

  it('snaps both coordinates of a point', () => {
    expect(snapPointToGrid(pagePoint(7, 13), 8)).toEqual({ x: 8, y: 16 });
  });
});
