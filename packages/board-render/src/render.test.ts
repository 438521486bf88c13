import { createShape, SHAPE_TYPES, type Shape, type ShapeId } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import type { DrawCommand, PathCommand, TextCommand } from './commands.ts';
import { OutlineCache } from './freehand.ts';
import type { RenderOptions } from './render-options.ts';
import { renderShape } from './shapes/index.ts';
import { box, VARIANTS, variantShape } from './test-shapes.ts';
import { estimateWidth } from './text-layout.ts';

const light: RenderOptions = { theme: 'light', measureText: estimateWidth };
const dark: RenderOptions = { theme: 'dark', measureText: estimateWidth };

function paths(commands: DrawCommand[]): PathCommand[] {
  return commands.filter((c): c is PathCommand => c.type === 'path');
}
function texts(commands: DrawCommand[]): TextCommand[] {
  return commands.filter((c): c is TextCommand => c.type === 'text');
}

/** Every number anywhere in the commands. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('renderShape, for every type and style variant', () => {
  for (const type of SHAPE_TYPES) {
    for (const variant of VARIANTS) {
      it(`${type} (${variant.name}) draws something, with finite numbers, in its local box`, () => {
        const shape = variantShape(type, variant);
        for (const options of [light, dark]) {
          const commands = renderShape(shape, options);
          const invisibleLine = variant.strokeWidth === 0 && (type === 'line' || type === 'arrow');
          expect(commands.length > 0).toBe(!invisibleLine);
          for (const value of numbersIn(commands)) expect(Number.isFinite(value)).toBe(true);
          // Local coordinates: rotation and position are the consumer's, so x/y stay near the box.
          for (const command of commands) {
            if (command.type === 'text') expect(command.x).toBeLessThan(box.width);
          }
        }
      });
    }
  }
});

describe('closed shapes', () => {
  it('rect: rounded corners, fill only when filled, stroke only when wide', () => {
    const [plain] = paths(renderShape(variantShape('rect', VARIANTS[0]), light));
    expect(plain.geometry).toEqual({
      kind: 'rect',
      x: 0,
      y: 0,
      width: 160,
      height: 100,
      radius: 8,
    });
    expect(plain.fill).toBeNull();
    expect(plain.stroke).toEqual({ color: '#1e1e1e', width: 2 });
    const [bare] = paths(renderShape(variantShape('rect', VARIANTS[3]), light));
    expect(bare.fill).toBe('#b2f2bb');
    expect(bare.stroke).toBeNull();
    const small = createShape({ type: 'rect', index: 'a0', geom: { width: 12, height: 20 } });
    expect(paths(renderShape(small, light))[0].geometry).toMatchObject({ radius: 3 });
  });

  it('ellipse and diamond fill their box', () => {
    const [ellipse] = paths(renderShape(variantShape('ellipse', VARIANTS[1]), light));
    expect(ellipse.geometry).toEqual({ kind: 'ellipse', cx: 80, cy: 50, rx: 80, ry: 50 });
    expect(ellipse.fill).toBe('#ffc9c9');
    const [diamond] = paths(renderShape(variantShape('diamond', VARIANTS[1]), light));
    expect(diamond.geometry).toEqual({
      kind: 'polyline',
      points: [80, 0, 160, 50, 80, 100, 0, 50],
      closed: true,
    });
  });

  it('draws the default ink light on a dark canvas, other colours as stored', () => {
    const inked = renderShape(variantShape('rect', VARIANTS[0]), dark);
    expect(paths(inked)[0].stroke?.color).toBe('#e7e7ea');
    const red = renderShape(variantShape('rect', VARIANTS[1]), dark);
    expect(paths(red)[0].stroke?.color).toBe('#e03131');
  });
});

describe('lines and arrows', () => {
  it('are never filled, even with a fill stored', () => {
    for (const type of ['line', 'arrow'] as const) {
      const commands = paths(renderShape(variantShape(type, VARIANTS[1]), light));
      expect(commands.length).toBeGreaterThan(0);
      for (const command of commands) {
        expect(command.fill).toBeNull();
        expect(command.stroke).toEqual({ color: '#e03131', width: 4 });
      }
    }
  });

  it('a line follows its points; an arrow adds a head at the last point', () => {
    const [line] = paths(renderShape(variantShape('line', VARIANTS[0]), light));
    expect(line.geometry).toEqual({
      kind: 'polyline',
      points: [0, 0, 60, 80, 120, 20, 160, 100],
      closed: false,
    });
    const arrow = paths(renderShape(variantShape('arrow', VARIANTS[0]), light));
    expect(arrow).toHaveLength(2);
    const head = arrow[1].geometry;
    if (head.kind !== 'polyline') throw new Error('expected a polyline head');
    expect(head.points.slice(2, 4)).toEqual([160, 100]);
    expect(head.closed).toBe(false);
  });

  it('an arrow with no length has no head', () => {
    const dot = createShape({ type: 'arrow', index: 'a0', geom: { points: [5, 5, 5, 5] } });
    expect(renderShape(dot, light)).toHaveLength(1);
  });
});

describe('freehand strokes', () => {
  const stroke = variantShape('draw', VARIANTS[1]);

  it('fill a closed smooth outline with the stroke colour', () => {
    const [outline] = paths(renderShape(stroke, light));
    expect(outline.fill).toBe('#e03131');
    expect(outline.stroke).toBeNull();
    if (outline.geometry.kind !== 'path') throw new Error('expected a path');
    const { segments } = outline.geometry;
    expect(segments[0].op).toBe('M');
    expect(segments.at(-1)?.op).toBe('Z');
    expect(segments.filter((s) => s.op === 'Q').length).toBeGreaterThan(10);
  });

  it('reuse a cached outline while the points are equal, even as a new array', () => {
    const outlines = new OutlineCache();
    const options = { ...light, outlines };
    const first = paths(renderShape(stroke, options))[0].geometry;
    const moved: Shape = {
      ...stroke,
      geom: { ...stroke.geom, x: 500, points: [...(stroke.geom.points ?? [])] },
    };
    expect(paths(renderShape(moved, options))[0].geometry).toEqual(first);
    expect((paths(renderShape(moved, options))[0].geometry as { segments: unknown }).segments).toBe(
      (first as { segments: unknown }).segments,
    );
    const redrawn: Shape = { ...stroke, geom: { ...stroke.geom, points: [0, 0, 10, 10] } };
    expect(paths(renderShape(redrawn, options))[0].geometry).not.toEqual(first);
    expect(outlines.size).toBe(1);
  });
});

describe('text and notes', () => {
  it('text: one command per line in the stroke colour, centred on each line', () => {
    const shape = variantShape('text', VARIANTS[0]);
    const lines = texts(renderShape(shape, light));
    expect(lines.map((l) => l.text)).toEqual(['Hello <board> & "friends"', 'second line']);
    expect(lines[0]).toMatchObject({ x: 0, y: 12.5, fontSize: 20, color: '#1e1e1e' });
    expect(lines[1].y).toBe(37.5);
    expect(texts(renderShape(shape, dark))[0].color).toBe('#e7e7ea');
  });

  it('text: nothing while being edited, a faint bar when too small to read', () => {
    const shape = variantShape('text', VARIANTS[0]);
    expect(renderShape(shape, { ...light, hideText: true })).toEqual([]);
    const [bar] = renderShape(shape, { ...light, zoom: 0.1 });
    expect(bar).toMatchObject({ type: 'path', opacity: 0.35, fill: '#1e1e1e' });
    expect(texts(renderShape(shape, { ...light, zoom: 1 }))).toHaveLength(2);
  });

  it('note: shadowed paper, then text wrapped inside the padding, dark in both themes', () => {
    const shape = variantShape('note', VARIANTS[1]);
    for (const options of [light, dark]) {
      const commands = renderShape(shape, options);
      const [paper] = paths(commands);
      expect(paper.geometry).toMatchObject({ kind: 'rect', width: 160, height: 100, radius: 4 });
      expect(paper.fill).toBe('#ffc9c9');
      expect(paper.shadow).toMatchObject({ alpha: 0.18, offsetY: 3 });
      const lines = texts(commands);
      expect(lines.length).toBeGreaterThan(2);
      for (const line of lines) {
        expect(line.x).toBe(16);
        expect(estimateWidth(line.text, line.fontSize)).toBeLessThanOrEqual(160 - 32);
        expect(line.color).toBe('#e03131');
      }
    }
    const inked = createShape({ type: 'note', index: 'a0', geom: box, text: 'hi' });
    expect(texts(renderShape(inked, dark))[0].color).toBe('#1e1e1e');
  });

  it('note: no text when zoomed too far out, paper still there', () => {
    const commands = renderShape(variantShape('note', VARIANTS[1]), { ...light, zoom: 0.1 });
    expect(commands.map((c) => c.type)).toEqual(['path']);
  });
});

describe('images and unknown types', () => {
  it('image: the asset over its box, with a labelled placeholder to fall back on', () => {
    const [image] = renderShape(variantShape('image', VARIANTS[0]), light);
    expect(image).toMatchObject({
      type: 'image',
      asset: 'sha256-0123abcd',
      width: 160,
      height: 100,
    });
    if (image.type !== 'image') throw new Error('expected an image');
    expect(image.fallback.map((c) => c.type)).toEqual(['path', 'text']);
    expect(image.fallback[1]).toMatchObject({ text: 'image' });
  });

  it('a newer client type draws as a dashed box labelled with its type', () => {
    const star = {
      ...createShape({ type: 'rect', index: 'a0', geom: box }),
      type: 'star',
      id: 'shape:star' as ShapeId,
    } as unknown as Shape;
    const commands = renderShape(star, light);
    expect(paths(commands)[0].stroke).toMatchObject({ dash: [6, 4], width: 1 });
    expect(texts(commands)[0].text).toBe('star');
  });
});
