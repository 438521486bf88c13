import { describe, expect, it } from 'vitest';
import { box } from './box.ts';
import {
  distanceToPolyline,
  distanceToSegment,
  isInsideMarquee,
  pointInDiamond,
  pointInEllipse,
  pointInRect,
  pointNearPolyline,
} from './hit-test.ts';

const wide = box(0, 0, 100, 20); // centre (50, 10)

describe('pointInRect', () => {
  it('hits inside and misses outside', () => {
    expect(pointInRect({ x: 90, y: 10 }, wide)).toBe(true);
    expect(pointInRect({ x: 50, y: 30 }, wide)).toBe(false);
  });

  it('follows the rotation about the centre', () => {
    // Turned a quarter, the bar stands upright: (50, 50) is inside, (90, 10) is not.
    expect(pointInRect({ x: 50, y: 50 }, wide, 90)).toBe(true);
    expect(pointInRect({ x: 90, y: 10 }, wide, 90)).toBe(false);
  });

  it('grows by the margin', () => {
    expect(pointInRect({ x: 103, y: 10 }, wide)).toBe(false);
    expect(pointInRect({ x: 103, y: 10 }, wide, 0, 4)).toBe(true);
  });
});

describe('pointInEllipse', () => {
  it('misses the corners of its box', () => {
    expect(pointInEllipse({ x: 50, y: 10 }, wide)).toBe(true);
    expect(pointInEllipse({ x: 2, y: 2 }, wide)).toBe(false);
  });

  it('follows the rotation', () => {
    expect(pointInEllipse({ x: 50, y: 55 }, wide, 90)).toBe(true);
    expect(pointInEllipse({ x: 95, y: 10 }, wide, 90)).toBe(false);
  });

  it('never hits a flat ellipse', () => {
    expect(pointInEllipse({ x: 0, y: 0 }, box(0, 0, 0, 10))).toBe(false);
  });
});

describe('pointInDiamond', () => {
  const square = box(0, 0, 10, 10);

  it('hits the middle and misses the corners of its box', () => {
    expect(pointInDiamond({ x: 5, y: 5 }, square)).toBe(true);
    expect(pointInDiamond({ x: 1, y: 1 }, square)).toBe(false);
    expect(pointInDiamond({ x: 5, y: 0.5 }, square)).toBe(true);
  });

  it('turned by 45 degrees becomes a square with its corners back', () => {
    expect(pointInDiamond({ x: 1.6, y: 1.6 }, square, 45)).toBe(true);
  });
});

describe('polylines', () => {
  it('measures distance to a segment, clamped at the ends', () => {
    expect(distanceToSegment({ x: 5, y: 3 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(3);
    expect(distanceToSegment({ x: 13, y: 4 }, { x: 0, y: 0 }, { x: 10, y: 0 })).toBe(5);
    expect(distanceToSegment({ x: 3, y: 4 }, { x: 0, y: 0 }, { x: 0, y: 0 })).toBe(5);
  });

  it('measures distance to the nearest segment of a flat point list', () => {
    const zigzag = [0, 0, 10, 0, 10, 10];
    expect(distanceToPolyline({ x: 12, y: 5 }, zigzag)).toBe(2);
    expect(distanceToPolyline({ x: 22, y: 15 }, zigzag, { x: 10, y: 10 })).toBe(2);
  });

  it('handles a single dot and no points', () => {
    expect(distanceToPolyline({ x: 3, y: 4 }, [0, 0])).toBe(5);
    expect(distanceToPolyline({ x: 3, y: 4 }, [])).toBe(Infinity);
  });

  it('hits within the tolerance only', () => {
    expect(pointNearPolyline({ x: 5, y: 2 }, [0, 0, 10, 0], 2)).toBe(true);
    expect(pointNearPolyline({ x: 5, y: 2.5 }, [0, 0, 10, 0], 2)).toBe(false);
  });
});

describe('isInsideMarquee', () => {
  it('selects only shapes fully inside, whichever way the marquee was dragged', () => {
    const dragged = box(100, 100, -100, -100);
    expect(isInsideMarquee(dragged, box(10, 10, 20, 20))).toBe(true);
    expect(isInsideMarquee(dragged, box(90, 90, 20, 20))).toBe(false);
  });
});
