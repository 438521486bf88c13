import {
  ARROW_HEADS,
  createShape,
  ROUTINGS,
  type ArrowHead,
  type Shape,
  type ShapeId,
  type ShapeType,
  type Style,
} from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { headCommands } from './arrow-head.ts';
import { curvedSegments } from './arrow-route.ts';
import type { DrawCommand, PathCommand, PathSegment } from './commands.ts';
import { HAND_FONT_FAMILY } from './fonts.ts';
import type { RenderOptions } from './render-options.ts';
import { seedFromId } from './rough.ts';
import { renderShape } from './shapes/index.ts';
import { STYLE_ROWS, styledShape } from './style-cases.ts';
import { dashFor } from './stroke-style.ts';
import { geomFor } from './test-shapes.ts';
import { estimateWidth } from './text-layout.ts';

const light: RenderOptions = { theme: 'light', measureText: estimateWidth };
const OUTLINED = ['rect', 'ellipse', 'diamond', 'line', 'arrow'] as const;

function paths(commands: DrawCommand[]): PathCommand[] {
  return commands.filter((c): c is PathCommand => c.type === 'path');
}

function shapeOf(type: ShapeType, style: Partial<Style>, id?: string): Shape {
  return createShape({
    type,
    index: 'a0',
    id: id as ShapeId | undefined,
    geom: geomFor(type),
    style: { stroke: '#1e1e1e', fill: '#a5d8ff', strokeWidth: 2, ...style },
  });
}

/** The command that strokes a shape's outline (the first stroked one). */
const outline = (shape: Shape) => paths(renderShape(shape, light)).find((c) => c.stroke)!;

describe('stroke style', () => {
  it('dashes and dots every outlined type, with lengths that grow with the stroke width', () => {
    for (const type of OUTLINED) {
      expect(outline(shapeOf(type, {})).stroke!.dash, type).toBeUndefined();
      expect(outline(shapeOf(type, { strokeStyle: 'solid' })).stroke!.dash).toBeUndefined();
      const thin = outline(shapeOf(type, { strokeStyle: 'dashed', strokeWidth: 2 })).stroke!;
      const bold = outline(shapeOf(type, { strokeStyle: 'dashed', strokeWidth: 8 })).stroke!;
      expect(thin.dash).toEqual([10, 8]);
      expect(bold.dash).toEqual([28, 20]);
      // Dotted: zero-length dashes, which the round caps draw as dots one stroke wide.
      const dotted = outline(shapeOf(type, { strokeStyle: 'dotted', strokeWidth: 4 })).stroke!;
      expect(dotted.dash).toEqual([0, 11]);
    }
  });

  it('treats an unknown stored value as solid, and leaves freehand, text and notes undashed', () => {
    expect(outline(shapeOf('rect', { strokeStyle: 'wavy' })).stroke!.dash).toBeUndefined();
    for (const type of ['draw', 'text', 'note'] as const) {
      const shape = { ...styledShape(type, STYLE_ROWS[3]), text: 'x' };
      for (const c of paths(renderShape(shape, light))) expect(c.stroke?.dash).toBeUndefined();
    }
  });

  it('keeps arrow heads solid on a dashed arrow', () => {
    const arrow = shapeOf('arrow', { strokeStyle: 'dashed', startHead: 'bar', endHead: 'arrow' });
    const [line, ...heads] = paths(renderShape(arrow, light));
    expect(line.stroke!.dash).toEqual(dashFor(arrow.style, 2));
    expect(heads).toHaveLength(2);
    for (const head of heads) expect(head.stroke!.dash).toBeUndefined();
  });
});

function segmentsOf(command: PathCommand): readonly PathSegment[] {
  if (command.geometry.kind !== 'path')
    throw new Error(`expected a path, got ${command.geometry.kind}`);
  return command.geometry.segments;
}

function pointsOf(command: PathCommand): readonly number[] {
  if (command.geometry.kind !== 'polyline') throw new Error('expected a polyline');
  return command.geometry.points;
}

describe('hand-drawn look', () => {
  const ID = 'shape:roughAAAAAAAAAAAAAAAA';

  it('redraws every outlined type as curves, the same for the same id, other for another', () => {
    for (const type of OUTLINED) {
      for (const roughness of [1, 2]) {
        const first = renderShape(shapeOf(type, { roughness }, ID), light);
        // A new record with the same id and geometry, as a peer or a reload would have.
        const again = renderShape(shapeOf(type, { roughness }, ID), light);
        const other = renderShape(shapeOf(type, { roughness }, `${ID}x`), light);
        expect(again, type).toEqual(first);
        expect(other, type).not.toEqual(first);
        const strokes = paths(first).filter((c) => c.stroke);
        expect(strokes.length).toBeGreaterThan(0);
        for (const stroke of strokes) {
          expect(
            segmentsOf(stroke).some((s) => s.op === 'C'),
            type,
          ).toBe(true);
        }
      }
    }
  });

  it('fills a filled shape inside its rough outline, fill first, and draws roughness 0 clean', () => {
    const rough = paths(renderShape(shapeOf('rect', { roughness: 1 }, ID), light));
    expect(rough.map((c) => [c.fill, c.stroke?.color ?? null])).toEqual([
      ['#a5d8ff', null],
      [null, '#1e1e1e'],
    ]);
    const clean = paths(renderShape(shapeOf('rect', { roughness: 0 }, ID), light));
    expect(clean).toHaveLength(1);
    expect(clean[0].geometry.kind).toBe('rect');
  });

  it('strays further from the clean outline when very hand-drawn', () => {
    // The largest distance of a drawn point from the 160 × 100 rectangle's edges.
    const stray = (roughness: number) => {
      const rect = createShape({
        type: 'rect',
        index: 'a0',
        id: ID as ShapeId,
        geom: { width: 160, height: 100 },
        style: { roughness, strokeWidth: 2 },
      });
      const ends = segmentsOf(outline(rect)).flatMap((s) => (s.op === 'Z' ? [] : [s]));
      return Math.max(
        ...ends.map((p) =>
          Math.min(Math.abs(p.x), Math.abs(p.x - 160), Math.abs(p.y), Math.abs(p.y - 100)),
        ),
      );
    };
    expect(stray(1)).toBeGreaterThan(0.5);
    expect(stray(2)).toBeGreaterThan(stray(1));
    // Still recognisably the rectangle.
    expect(stray(2)).toBeLessThan(15);
  });

  it('reuses the strokes of an unchanged or moved shape (no roughjs work on repaint or drag)', () => {
    const shape = shapeOf('ellipse', { roughness: 2 }, ID);
    const a = outline(shape);
    expect(segmentsOf(outline(shape))).toBe(segmentsOf(a));
    const moved = { ...shape, geom: { ...shape.geom, x: shape.geom.x + 300 } };
    expect(segmentsOf(outline(moved))).toBe(segmentsOf(a));
    const resized = { ...shape, geom: { ...shape.geom, width: shape.geom.width + 10 } };
    expect(segmentsOf(outline(resized))).not.toBe(segmentsOf(a));
  });

  it('keeps labels and text as they are, and seeds from the id alone', () => {
    const labelled = { ...shapeOf('rect', { roughness: 2 }, ID), text: 'Label' };
    const clean = { ...labelled, style: { ...labelled.style, roughness: 0 } };
    const texts = (s: Shape) => renderShape(s, light).filter((c) => c.type === 'text');
    expect(texts(labelled)).toEqual(texts(clean));
    expect(seedFromId(ID)).toBe(seedFromId(ID));
    for (const id of ['', 'a', ID, 'shape:\u{1F600}'.repeat(50)]) {
      const seed = seedFromId(id);
      expect(Number.isInteger(seed) && seed >= 1 && seed < 2 ** 30).toBe(true);
    }
  });

  it('draws an outline too large for roughjs clean instead of hanging', () => {
    const huge = createShape({
      type: 'ellipse',
      index: 'a0',
      geom: { width: 1e15, height: 1e15 },
      style: { roughness: 2, strokeWidth: 2 },
    });
    expect(paths(renderShape(huge, light))[0].geometry.kind).toBe('ellipse');
    // A line of 300,000 points: measured without spreading them onto the stack.
    const points = Array.from({ length: 300_000 }, (_, i) => (i % 2 === 0 ? i : 0) * 1e3);
    const long = createShape({
      type: 'line',
      index: 'a0',
      geom: { width: 3e8, height: 1, points },
      style: { roughness: 1, strokeWidth: 2 },
    });
    expect(paths(renderShape(long, light))[0].geometry.kind).toBe('polyline');
    // Many vertices in a small space: drawn clean rather than roughened point by point.
    const dense = createShape({
      type: 'line',
      index: 'a0',
      geom: { width: 100, height: 100, points: points.map((v) => v % 100) },
      style: { roughness: 1, strokeWidth: 2 },
    });
    expect(paths(renderShape(dense, light))[0].geometry.kind).toBe('polyline');
  });
});

describe('arrow heads', () => {
  const points = [0, 0, 100, 0];
  const stroke = { color: '#1e1e1e', width: 2 };

  function head(kind: ArrowHead, end: 'start' | 'end') {
    return headCommands(kind, points, end, stroke);
  }

  it('draws each kind at each end, at that end', () => {
    for (const end of ['start', 'end'] as const) {
      const tipX = end === 'end' ? 100 : 0;
      const back = end === 'end' ? -1 : 1;
      expect(head('none', end)).toEqual([]);

      const [open] = head('arrow', end);
      expect(open.geometry).toMatchObject({ kind: 'polyline', closed: false });
      expect(open.fill).toBeNull();
      const v = pointsOf(open);
      expect([v[2], v[3]]).toEqual([tipX, 0]);
      expect(Math.sign(v[0] - tipX)).toBe(back);
      expect(v[1]).toBeCloseTo(-v[5]);

      const [triangle] = head('triangle', end);
      expect(triangle.geometry).toMatchObject({ kind: 'polyline', closed: true });
      expect(triangle.fill).toBe('#1e1e1e');

      const [dot] = head('dot', end);
      expect(dot.geometry).toMatchObject({ kind: 'ellipse', cx: tipX, cy: 0 });
      expect(dot.fill).toBe('#1e1e1e');

      const [bar] = head('bar', end);
      // Across the line at the tip.
      expect(bar.geometry).toMatchObject({ kind: 'polyline', closed: false });
      const b = pointsOf(bar);
      expect(b[0]).toBeCloseTo(tipX);
      expect(b[2]).toBeCloseTo(tipX);
      expect(Math.abs(b[1] - b[3])).toBeGreaterThan(5);
    }
  });

  it('follows the stored style, with none at the start and an arrow at the end by default', () => {
    const count = (style: Partial<Style>) =>
      paths(renderShape(shapeOf('arrow', style), light)).length;
    expect(count({})).toBe(2);
    expect(count({ startHead: 'none', endHead: 'none' })).toBe(1);
    for (const start of ARROW_HEADS) {
      for (const end of ARROW_HEADS) {
        const drawn = paths(
          renderShape(shapeOf('arrow', { startHead: start, endHead: end }), light),
        );
        expect(drawn).toHaveLength(1 + (start === 'none' ? 0 : 1) + (end === 'none' ? 0 : 1));
      }
    }
    // A newer client's head kind is drawn as the default.
    expect(count({ endHead: 'star' })).toBe(2);
  });

  it('has none where the arrow has no direction', () => {
    expect(headCommands('triangle', [5, 5, 5, 5], 'end', stroke)).toEqual([]);
    expect(headCommands('dot', [5, 5], 'start', stroke)).toEqual([]);
  });
});

describe('routing', () => {
  const points = [0, 0, 60, 80, 120, 20, 160, 100];

  it('curves through the midpoints, from the first point to the last, inside the points box', () => {
    const segments = curvedSegments(points);
    expect(segments[0]).toEqual({ op: 'M', x: 0, y: 0 });
    expect(segments.at(-1)).toEqual({ op: 'Q', cx: 120, cy: 20, x: 160, y: 100 });
    expect(segments[1]).toEqual({ op: 'Q', cx: 60, cy: 80, x: 90, y: 50 });
    for (const s of segments) {
      if (s.op === 'Q') {
        expect(s.cx >= 0 && s.cx <= 160 && s.cy >= 0 && s.cy <= 100).toBe(true);
      }
    }
    expect(curvedSegments([0, 0, 10, 10])).toEqual([
      { op: 'M', x: 0, y: 0 },
      { op: 'L', x: 10, y: 10 },
    ]);
  });

  it('draws curved arrows as a curve whose end tangent the head follows; others as the polyline', () => {
    for (const routing of ROUTINGS) {
      const [line, head] = paths(renderShape(shapeOf('arrow', { routing }), light));
      if (routing === 'curved') {
        const last = segmentsOf(line).at(-1)!;
        expect(last.op).toBe('Q');
        // The tangent at the end runs from the last control point to the tip: so do the barbs.
        const tangent = Math.atan2(100 - 20, 160 - 120);
        const v = pointsOf(head);
        const mid = { x: (v[0] + v[4]) / 2, y: (v[1] + v[5]) / 2 };
        expect(Math.atan2(100 - mid.y, 160 - mid.x)).toBeCloseTo(tangent);
      } else {
        expect(line.geometry).toEqual({ kind: 'polyline', points, closed: false });
      }
    }
  });
});

describe('hand-written font', () => {
  it('sets text and notes in the hand font when chosen, and the plain one otherwise', () => {
    for (const type of ['text', 'note'] as const) {
      for (const fontFamily of ['hand', 'sans', 'unknown']) {
        const shape = { ...styledShape(type, { ...STYLE_ROWS[0], fontFamily }), text: 'Hi' };
        const text = renderShape(shape, light).find((c) => c.type === 'text');
        expect(text?.type === 'text' && text.fontFamily === HAND_FONT_FAMILY).toBe(
          fontFamily === 'hand',
        );
      }
    }
  });
});
