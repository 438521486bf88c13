import { describe, expect, it } from 'vitest';
import { DEFAULT_BEND, bendOf, normaliseRoute, routeArrow, sameRoute } from './arrow-route.ts';
import { ELBOW_STUB } from './arrow-route-elbow.ts';
import { createShape } from './create-shape.ts';
import { pagePoints } from './shape-geometry.ts';
import type { ArrowBinding, Geom, Shape } from './shape.ts';
import type { ShapeType } from './shape-types.ts';

const GAP = 5; // BINDING_GAP + half the targets' stroke width of 2
const centre = { x: 0.5, y: 0.5 };

function target(type: ShapeType, x: number, y: number, rotation = 0): Shape {
  return createShape({
    type,
    index: 'a0',
    geom: { x, y, width: 100, height: 100, rotation },
    style: { strokeWidth: 2 },
  });
}

function arrow(
  points: number[],
  binding?: ArrowBinding,
  routing?: string,
  geom: Partial<Geom> = {},
): Shape {
  const shape = createShape({
    type: 'arrow',
    index: 'a1',
    geom: { x: 0, y: 0, width: 0, height: 0, points, ...geom },
    style: routing ? { routing } : {},
  });
  return binding ? { ...shape, binding } : shape;
}

function lookupOf(...shapes: Shape[]) {
  return (id: string) => shapes.find((s) => s.id === id);
}

/** The routed arrow's points on the page. */
function routed(shape: Shape, shapes: Shape[], reset = false) {
  const geom = routeArrow(shape, lookupOf(...shapes), { reset });
  if (!geom) throw new Error('no route');
  return pagePoints(geom).map((p) => [p.x, p.y]);
}

describe('routeArrow, straight', () => {
  const a = target('rect', 0, 0); // centre (50, 50)
  const b = target('rect', 300, 0); // centre (350, 50)

  it('runs between the facing sides of two bound boxes', () => {
    const shape = arrow([0, 0, 10, 10], {
      start: { shape: a.id, anchor: centre },
      end: { shape: b.id, anchor: centre },
    });
    expect(routed(shape, [a, b])).toEqual([
      [100 + GAP, 50],
      [300 - GAP, 50],
    ]);
  });

  it('binds either end alone; the free end stays where it is', () => {
    const startOnly = arrow([50, 250, 250, 250], { start: { shape: a.id, anchor: centre } });
    // From the centre (50, 50) toward (250, 250): out through the corner (100, 100).
    const [start, end] = routed(startOnly, [a]);
    expect(start[0]).toBeCloseTo(100 + GAP / Math.SQRT2);
    expect(start[1]).toBeCloseTo(100 + GAP / Math.SQRT2);
    expect(end).toEqual([250, 250]);
    const endOnly = arrow([0, 300, 500, 50], { end: { shape: b.id, anchor: centre } });
    const points = routed(endOnly, [b]);
    expect(points[0]).toEqual([0, 300]);
    expect(points[1][1]).toBeGreaterThan(50);
    expect(points[1][0]).toBeLessThan(350);
  });

  for (const type of ['ellipse', 'diamond', 'text', 'note', 'image'] as const) {
    it(`ends on the outline of a ${type}`, () => {
      const t = target(type, 300, 0);
      const shape = arrow([0, 50, 10, 50], { end: { shape: t.id, anchor: centre } });
      // Straight in from the left at the centre's height: every outline's leftmost point.
      expect(routed(shape, [t])).toEqual([
        [0, 50],
        [300 - GAP, 50],
      ]);
    });
  }

  it('follows a rotated target', () => {
    const turned = target('diamond', 300, 0, 45); // a square rotated into an axis-aligned diamond
    const shape = arrow([0, 50, 10, 50], { end: { shape: turned.id, anchor: centre } });
    const [, end] = routed(shape, [turned]);
    // The rotated diamond's left side is the square's corner region: its edge at x = 350 - 50/√2·... on y = 50.
    const halfDiagonalOfDiamond = 50 / Math.SQRT2; // a diamond of half size 50 turned 45° is a square of side 50√2
    expect(end[0]).toBeCloseTo(350 - halfDiagonalOfDiamond - GAP, 1);
    expect(end[1]).toBeCloseTo(50, 1);
  });

  it('leaves an end bound to a missing or unbindable shape where it is', () => {
    const line = createShape({ type: 'line', index: 'a2', geom: { points: [0, 0, 5, 5] } });
    const shape = arrow([0, 0, 200, 100], {
      start: { shape: 'shape:gone' as Shape['id'], anchor: centre },
      end: { shape: line.id, anchor: centre },
    });
    expect(routeArrow(shape, lookupOf(line))).toBeUndefined();
    const elbow = { ...shape, style: { ...shape.style, routing: 'elbow' } };
    const points = routed(elbow, [line]);
    expect(points[0]).toEqual([0, 0]);
    expect(points[points.length - 1]).toEqual([200, 100]);
  });

  it('keeps a free straight arrow as it is, interior points included', () => {
    expect(routeArrow(arrow([0, 0, 50, 80, 100, 0]), lookupOf())).toBeUndefined();
    const bent = arrow([0, 0, 200, 200, 400, 0], { end: { shape: b.id, anchor: centre } });
    const points = routed(bent, [b]);
    expect(points.slice(0, 2)).toEqual([
      [0, 0],
      [200, 200],
    ]);
    // The last leg aims from the interior point at b's centre.
    expect(points[2][1]).toBeGreaterThan(50);
    // A routing change starts afresh: the interior point goes.
    expect(routed(bent, [b], true)).toHaveLength(2);
  });

  it('stores the points relative to their bounds, and bakes in the arrow’s rotation', () => {
    const shape = arrow([0, 0, 100, 0], { end: { shape: b.id, anchor: centre } }, undefined, {
      x: 0,
      y: 50,
      width: 100,
      height: 0,
    });
    const geom = routeArrow(shape, lookupOf(b));
    expect(geom).toEqual({
      x: 0,
      y: 50,
      width: 300 - GAP,
      height: 0,
      rotation: 0,
      points: [0, 0, 295, 0],
    });
  });
});

describe('routeArrow, curved', () => {
  const a = target('rect', 0, 0);
  const b = target('ellipse', 300, 0);

  it('is start, one control point off the middle, end', () => {
    const shape = arrow(
      [0, 0, 10, 10],
      {
        start: { shape: a.id, anchor: centre },
        end: { shape: b.id, anchor: centre },
      },
      'curved',
    );
    const points = routed(shape, [a, b], true);
    expect(points).toHaveLength(3);
    const [s, c, e] = points;
    // Bows to the left going forward (up the page here) by the default bend.
    const chord = Math.hypot(e[0] - s[0], e[1] - s[1]);
    expect((s[1] + e[1]) / 2 - c[1]).toBeCloseTo(chord * DEFAULT_BEND, 0);
    // The ends lean toward the control point: the start leaves a's top-right part.
    expect(s[1]).toBeLessThan(50);
    expect(s[0]).toBeGreaterThan(100);
    expect(e[0]).toBeLessThan(350);
  });

  it('keeps its bend when a bound shape moves', () => {
    const bound = { end: { shape: b.id, anchor: centre } };
    const before = arrow([0, 0, 150, 150, 300, 0], bound, 'curved');
    const bend = bendOf(pagePoints(before.geom));
    const moved = { ...b, geom: { ...b.geom, y: 400 } };
    const geom = routeArrow(before, lookupOf(moved));
    expect(geom).toBeDefined();
    expect(bendOf(pagePoints(geom as Geom))).toBeCloseTo(bend, 2);
  });

  it('curves a free arrow too', () => {
    const points = routed(arrow([0, 0, 200, 0], undefined, 'curved'), [], true);
    expect(points).toEqual([
      [0, 0],
      [100, -40],
      [200, 0],
    ]);
  });
});

describe('routeArrow, elbow', () => {
  const a = target('rect', 0, 0); // right side x = 100, centre y 50
  const b = target('rect', 300, 200); // left side x = 300, centre y 250

  function isOrthogonal(points: number[][]) {
    return points.slice(1).every((p, i) => p[0] === points[i][0] || p[1] === points[i][1]);
  }

  it('runs at right angles from side to facing side, corners in the points', () => {
    const shape = arrow(
      [0, 0, 1, 1],
      {
        start: { shape: a.id, anchor: centre },
        end: { shape: b.id, anchor: centre },
      },
      'elbow',
    );
    const points = routed(shape, [a, b]);
    expect(points).toEqual([
      [100 + GAP, 50],
      [200, 50],
      [200, 250],
      [300 - GAP, 250],
    ]);
  });

  it('leaves perpendicular to the side it is bound to', () => {
    // Anchored near a's bottom edge: the route leaves downwards, even though b is to the right.
    const shape = arrow(
      [0, 0, 1, 1],
      {
        start: { shape: a.id, anchor: { x: 0.5, y: 0.95 } },
        end: { shape: b.id, anchor: centre },
      },
      'elbow',
    );
    const points = routed(shape, [a, b]);
    expect(points[0]).toEqual([50, 100 + GAP]);
    expect(points[1][0]).toBe(50);
    expect(points[1][1]).toBeGreaterThan(100 + GAP);
    expect(isOrthogonal(points)).toBe(true);
    expect(points[points.length - 1]).toEqual([300 - GAP, 250]);
  });

  it('goes around when the end shape faces away', () => {
    // The end shape sits left of a and is bound on its far (left) side.
    const left = target('ellipse', -300, 0);
    const shape = arrow(
      [0, 0, 1, 1],
      {
        start: { shape: a.id, anchor: { x: 0.98, y: 0.5 } },
        end: { shape: left.id, anchor: { x: 0.02, y: 0.5 } },
      },
      'elbow',
    );
    const points = routed(shape, [a, left]);
    expect(isOrthogonal(points)).toBe(true);
    expect(points[0]).toEqual([100 + GAP, 50]);
    expect(points[1][0]).toBeGreaterThanOrEqual(100 + GAP + ELBOW_STUB - 0.01);
    expect(points[points.length - 1]).toEqual([-300 - GAP, 50]);
    // Neither shape is crossed: the route passes above or below both.
    const middleY = points.slice(1, -1).map((p) => p[1]);
    expect(middleY.some((y) => y < 0 || y > 100)).toBe(true);
  });

  it('routes a free elbow arrow along its dominant axis', () => {
    const points = routed(arrow([0, 0, 200, 100], undefined, 'elbow'), []);
    expect(points).toEqual([
      [0, 0],
      [100, 0],
      [100, 100],
      [200, 100],
    ]);
  });

  it('turns with a rotated target and stays right-angled', () => {
    const turned = target('rect', 300, 200, 30);
    const shape = arrow(
      [0, 0, 1, 1],
      {
        start: { shape: a.id, anchor: centre },
        end: { shape: turned.id, anchor: centre },
      },
      'elbow',
    );
    expect(isOrthogonal(routed(shape, [a, turned]))).toBe(true);
  });
});

describe('sameRoute and normaliseRoute', () => {
  it('accepts rounding and rejects a move', () => {
    const geom = normaliseRoute([
      { x: 10.004, y: 5 },
      { x: 20, y: 30.006 },
    ]);
    expect(geom).toEqual({
      x: 10,
      y: 5,
      width: 10,
      height: 25.01,
      rotation: 0,
      points: [0, 0, 10, 25.01],
    });
    expect(sameRoute({ ...geom, x: 10.005 }, geom)).toBe(true);
    expect(sameRoute({ ...geom, x: 11 }, geom)).toBe(false);
    expect(sameRoute({ ...geom, points: [0, 0] }, geom)).toBe(false);
    expect(sameRoute({ ...geom, rotation: 10 }, geom)).toBe(false);
  });
});
