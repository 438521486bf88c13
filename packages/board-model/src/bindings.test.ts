import { describe, expect, it } from 'vitest';
import {
  anchorAt,
  elbowEnd,
  endOnOutline,
  exitDistance,
  isBindable,
  resolveEnd,
} from './bindings.ts';
import { createShape } from './create-shape.ts';
import type { Shape } from './shape.ts';
import type { ShapeType } from './shape-types.ts';

// strokeWidth 2 puts every bound end 4 + 1 page units off the outline.
const GAP = 5;

function box(type: ShapeType, rotation = 0, extra: Partial<Shape['geom']> = {}): Shape {
  return createShape({
    type,
    index: 'a0',
    geom: { x: 100, y: 100, width: 200, height: 100, rotation, ...extra },
    style: { strokeWidth: 2 },
  });
}

const centre = { x: 0.5, y: 0.5 };

function expectPoint(actual: { x: number; y: number }, x: number, y: number) {
  expect(actual.x).toBeCloseTo(x, 6);
  expect(actual.y).toBeCloseTo(y, 6);
}

describe('endOnOutline', () => {
  it('meets each side of a rectangle from outside', () => {
    const shape = box('rect');
    // Centre (200, 150), half sizes 100 × 50.
    expectPoint(endOnOutline({ shape, anchor: centre }, { x: 500, y: 150 }), 300 + GAP, 150);
    expectPoint(endOnOutline({ shape, anchor: centre }, { x: 200, y: -100 }), 200, 100 - GAP);
    expectPoint(endOnOutline({ shape, anchor: centre }, { x: -100, y: 150 }), 100 - GAP, 150);
    // Toward a point down and to the right: leaves through the bottom side at x = 250.
    const d = endOnOutline({ shape, anchor: centre }, { x: 300, y: 250 });
    const dir = { x: 100 / Math.hypot(100, 100), y: 100 / Math.hypot(100, 100) };
    expectPoint(d, 250 + dir.x * GAP, 200 + dir.y * GAP);
  });

  it('uses the real outline of an ellipse and a diamond', () => {
    const toward = { x: 500, y: 450 }; // along the diagonal (1, 1) from the centre
    const unit = 1 / Math.SQRT2;
    // Ellipse x²/100² + y²/50² = 1 along (t, t): t = 100·50/√(100² + 50²).
    const e = 5000 / Math.hypot(100, 50);
    expectPoint(
      endOnOutline({ shape: box('ellipse'), anchor: centre }, toward),
      200 + e + unit * GAP,
      150 + e + unit * GAP,
    );
    // Diamond |x|/100 + |y|/50 = 1 along (t, t): t = 1 / (1/100 + 1/50).
    const d = 1 / (1 / 100 + 1 / 50);
    expectPoint(
      endOnOutline({ shape: box('diamond'), anchor: centre }, toward),
      200 + d + unit * GAP,
      150 + d + unit * GAP,
    );
  });

  it('treats text, notes, images and unknown box types as rectangles', () => {
    for (const type of ['text', 'note', 'image'] as const) {
      expectPoint(
        endOnOutline({ shape: box(type), anchor: centre }, { x: 200, y: 500 }),
        200,
        200 + GAP,
      );
    }
    const unknown = { ...box('rect'), type: 'cloud' } as unknown as Shape;
    expectPoint(endOnOutline({ shape: unknown, anchor: centre }, { x: 500, y: 150 }), 305, 150);
  });

  it('follows the shape’s rotation', () => {
    // Turned 90° clockwise about (200, 150): the long side now runs up and down.
    const shape = box('rect', 90);
    expectPoint(endOnOutline({ shape, anchor: centre }, { x: 500, y: 150 }), 250 + GAP, 150);
    expectPoint(endOnOutline({ shape, anchor: centre }, { x: 200, y: -200 }), 200, 50 - GAP);
    // A precise anchor near the (unrotated) right end lands below the centre once turned.
    const precise = endOnOutline({ shape, anchor: { x: 0.95, y: 0.5 } }, { x: 500, y: 240 });
    expectPoint(precise, 250 + GAP, 240);
  });

  it('aims a precise anchor straight at its point', () => {
    const shape = box('rect');
    const end = endOnOutline({ shape, anchor: { x: 0.9, y: 0.5 } }, { x: 280, y: 400 });
    // From (280, 150) straight down: the bottom side.
    expectPoint(end, 280, 200 + GAP);
  });

  it('never gives NaN for zero-size shapes or coincident points', () => {
    const flat = box('ellipse', 0, { width: 0, height: 0 });
    const end = endOnOutline({ shape: flat, anchor: centre }, { x: 100, y: 100 });
    expect(Number.isFinite(end.x) && Number.isFinite(end.y)).toBe(true);
    const same = endOnOutline({ shape: box('rect'), anchor: centre }, { x: 200, y: 150 });
    expectPoint(same, 300 + GAP, 150);
  });
});

describe('exitDistance', () => {
  it('is 0 from outside the outline', () => {
    expect(exitDistance('ellipse', 10, 10, { x: 9, y: 9 }, { x: 1, y: 0 })).toBe(0);
    expect(exitDistance('diamond', 10, 10, { x: 6, y: 6 }, { x: 1, y: 0 })).toBe(0);
    expect(exitDistance('rect', 10, 10, { x: 11, y: 0 }, { x: 1, y: 0 })).toBe(0);
    expect(exitDistance('rect', 10, 10, { x: 0, y: 0 }, { x: 1, y: 0 })).toBeCloseTo(10);
  });
});

describe('anchorAt', () => {
  it('gives the centre inside and the spot near the edge, through rotation', () => {
    const shape = box('rect');
    expect(anchorAt(shape, { x: 210, y: 140 })).toEqual(centre);
    expect(anchorAt(shape, { x: 290, y: 150 })).toEqual({ x: 0.95, y: 0.5 });
    expect(anchorAt(shape, { x: 900, y: 150 })).toEqual({ x: 1, y: 0.5 });
    // Rotated 90°: a point below the centre is toward the box's unrotated right end.
    expect(anchorAt(box('rect', 90), { x: 200, y: 240 })).toEqual({ x: 0.95, y: 0.5 });
  });
});

describe('resolveEnd and isBindable', () => {
  it('binds to box shapes only, and ignores missing ones', () => {
    const rect = box('rect');
    const line = createShape({ type: 'line', index: 'a1', geom: { points: [0, 0, 10, 10] } });
    const lookup = (id: string) => [rect, line].find((s) => s.id === id);
    expect(resolveEnd({ shape: rect.id, anchor: centre }, lookup)?.shape).toBe(rect);
    expect(resolveEnd({ shape: line.id, anchor: centre }, lookup)).toBeUndefined();
    expect(resolveEnd({ shape: 'shape:gone' as Shape['id'], anchor: centre }, lookup)).toBe(
      undefined,
    );
    expect(
      ['rect', 'ellipse', 'diamond', 'text', 'note', 'image'].map((t) =>
        isBindable(box(t as ShapeType)),
      ),
    ).toEqual([true, true, true, true, true, true]);
    expect(isBindable(line)).toBe(false);
  });
});

describe('elbowEnd', () => {
  it('leaves by the side facing the other end, or the side nearest a precise anchor', () => {
    const shape = box('rect');
    expect(elbowEnd({ shape, anchor: centre }, { x: 600, y: 180 })).toEqual({
      point: { x: 300 + GAP, y: 150 },
      dir: { x: 1, y: 0 },
    });
    // Scaled by the half sizes, (260, 300) is more below than beside.
    const below = elbowEnd({ shape, anchor: centre }, { x: 320, y: 300 });
    expect(below.dir).toEqual({ x: 0, y: 1 });
    expectPoint(below.point, 200, 200 + GAP);
    const precise = elbowEnd({ shape, anchor: { x: 0.2, y: 0.05 } }, { x: 600, y: 150 });
    expect(precise.dir).toEqual({ x: 0, y: -1 });
    expectPoint(precise.point, 140, 100 - GAP);
  });

  it('turns with a rotated shape', () => {
    const end = elbowEnd({ shape: box('diamond', 90), anchor: centre }, { x: 200, y: 600 });
    // Facing down in the page is the box's unrotated right side turned 90°: the long tip.
    expect(end.dir).toEqual({ x: 0, y: 1 });
    expectPoint(end.point, 200, 250 + GAP);
  });
});
