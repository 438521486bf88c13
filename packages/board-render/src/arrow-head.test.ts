import { describe, expect, it } from 'vitest';
import { arrowHead } from './arrow-head.ts';

describe('arrowHead', () => {
  it('puts two barbs behind the tip, symmetric about the last segment', () => {
    const head = arrowHead([0, 0, 100, 0], 2);
    expect(head).not.toBeNull();
    const [left, tip, right] = head!;
    expect(tip).toEqual({ x: 100, y: 0 });
    expect(left.x).toBeLessThan(100);
    expect(left.x).toBeCloseTo(right.x);
    expect(left.y).toBeCloseTo(-right.y);
    // 10 + 3 × stroke width long.
    expect(Math.hypot(tip.x - left.x, tip.y - left.y)).toBeCloseTo(16);
  });

  it('shrinks on short arrows so the head never swallows the line', () => {
    const [left, tip] = arrowHead([0, 0, 10, 0], 4)!;
    expect(Math.hypot(tip.x - left.x, tip.y - left.y)).toBeCloseTo(5);
  });

  it('aims along the last segment that has length, skipping points on the tip', () => {
    const [left, , right] = arrowHead([0, 0, 0, 100, 0, 100.5], 2)!;
    expect((left.y + right.y) / 2).toBeLessThan(100);
    expect((left.x + right.x) / 2).toBeCloseTo(0);
  });

  it('has no head without a direction', () => {
    expect(arrowHead([5, 5], 2)).toBeNull();
    expect(arrowHead([5, 5, 5, 5], 2)).toBeNull();
  });
});
