import { createShape, type Shape, type ShapeType } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import type { DrawCommand, PathCommand, TextCommand } from './commands.ts';
import { HAND_FONT_FAMILY } from './fonts.ts';
import {
  arrowMiddle,
  ARROW_LABEL_EMS,
  LABEL_PADDING,
  labelBounds,
  labelCommands,
  labelFitHeight,
  labelLayout,
  pathMiddle,
} from './label.ts';
import type { RenderOptions } from './render-options.ts';
import { renderShape } from './shapes/index.ts';
import { shapesToSvg } from './svg.ts';
import { estimateWidth, FONT_FAMILY, LINE_HEIGHT } from './text-layout.ts';
import { CANVAS_BACKGROUND } from './theme.ts';

// estimateWidth: 0.6 font sizes per character, so at size 10 each character is 6 units wide.
const light: RenderOptions = { theme: 'light', measureText: estimateWidth };
const dark: RenderOptions = { theme: 'dark', measureText: estimateWidth };
const geom = { x: 100, y: 50, width: 200, height: 100, rotation: 0 };
const style = { stroke: '#1e1e1e', fill: 'transparent', strokeWidth: 2, opacity: 1, fontSize: 10 };

function labelled(type: ShapeType, text: string, extra: Partial<Shape['style']> = {}): Shape {
  const points = type === 'arrow' ? { points: [0, 0, 200, 100] } : {};
  // createShape gives text only to text and notes; a label is set on the record.
  const shape = createShape({
    type,
    index: 'a0',
    geom: { ...geom, ...points },
    style: { ...style, ...extra },
  });
  return { ...shape, text };
}

const texts = (commands: DrawCommand[]) =>
  commands.filter((c): c is TextCommand => c.type === 'text');
const paths = (commands: DrawCommand[]) =>
  commands.filter((c): c is PathCommand => c.type === 'path');

describe('label layout', () => {
  it('wraps within the shape: all of a rectangle, the box inscribed in an ellipse or a diamond', () => {
    expect(labelLayout(labelled('rect', 'x'), 'x', estimateWidth).wrapWidth).toBe(
      200 - LABEL_PADDING * 2,
    );
    expect(labelLayout(labelled('ellipse', 'x'), 'x', estimateWidth).wrapWidth).toBeCloseTo(
      200 * Math.SQRT1_2 - LABEL_PADDING * 2,
    );
    expect(labelLayout(labelled('diamond', 'x'), 'x', estimateWidth).wrapWidth).toBe(
      100 - LABEL_PADDING * 2,
    );
    expect(labelLayout(labelled('arrow', 'x'), 'x', estimateWidth).wrapWidth).toBe(
      10 * ARROW_LABEL_EMS,
    );
  });

  it('is centred in the box, and at the middle of an arrow’s path', () => {
    const rect = labelLayout(labelled('rect', 'hi'), 'hi', estimateWidth);
    expect([rect.cx, rect.cy, rect.width, rect.height]).toEqual([100, 50, 12, 10 * LINE_HEIGHT]);
    const arrow = labelLayout(labelled('arrow', 'hi'), 'hi', estimateWidth);
    expect([arrow.cx, arrow.cy]).toEqual([100, 50]);
  });

  it('sets a label in the shape’s font family and size, 20 when the style has none', () => {
    const hand = labelLayout(labelled('rect', 'a', { fontFamily: 'hand' }), 'a', estimateWidth);
    expect(hand.font).toEqual({ size: 10, family: HAND_FONT_FAMILY });
    const plain = labelled('rect', 'a', {});
    const noSize = { ...plain.style, fontSize: undefined };
    expect(labelLayout({ ...plain, style: noSize }, 'a', estimateWidth).font).toEqual({
      size: 20,
      family: FONT_FAMILY,
    });
  });

  it('passes the font family to the measure, so the wrap follows the real font', () => {
    const families = new Set<string | undefined>();
    labelLayout(labelled('rect', 'one two', { fontFamily: 'hand' }), 'one two', (t, s, f) => {
      families.add(f);
      return estimateWidth(t, s);
    });
    expect([...families]).toEqual([HAND_FONT_FAMILY]);
  });
});

describe('label fit', () => {
  // 184 units of wrap at 6 a character: 30 characters a line.
  const long = 'word '.repeat(60).trim();

  it('asks for no growth when the label fits, and never for arrows', () => {
    expect(labelFitHeight(labelled('rect', 'short'), 'short', estimateWidth)).toBeNull();
    expect(labelFitHeight(labelled('arrow', long), long, estimateWidth)).toBeNull();
    expect(labelFitHeight(labelled('rect', ''), '', estimateWidth)).toBeNull();
  });

  it('grows a rectangle to its lines plus padding, an ellipse and a diamond by their inner share', () => {
    const lines = labelLayout(labelled('rect', long), long, estimateWidth).lines.length;
    expect(lines).toBeGreaterThan(8);
    const needed = lines * 10 * LINE_HEIGHT + LABEL_PADDING * 2;
    expect(labelFitHeight(labelled('rect', long), long, estimateWidth)).toBe(Math.ceil(needed));

    const ellipseLines = labelLayout(labelled('ellipse', long), long, estimateWidth).lines.length;
    const ellipseNeed = (ellipseLines * 10 * LINE_HEIGHT + LABEL_PADDING * 2) / Math.SQRT1_2;
    expect(labelFitHeight(labelled('ellipse', long), long, estimateWidth)).toBe(
      Math.ceil(ellipseNeed),
    );

    const diamondLines = labelLayout(labelled('diamond', long), long, estimateWidth).lines.length;
    const diamondNeed = (diamondLines * 10 * LINE_HEIGHT + LABEL_PADDING * 2) * 2;
    expect(labelFitHeight(labelled('diamond', long), long, estimateWidth)).toBe(
      Math.ceil(diamondNeed),
    );
  });

  it('once grown, the label fits: a second fit asks for nothing', () => {
    for (const type of ['rect', 'ellipse', 'diamond'] as const) {
      const shape = labelled(type, long);
      const height = labelFitHeight(shape, long, estimateWidth) ?? 0;
      const grown = { ...shape, geom: { ...shape.geom, height } };
      expect(labelFitHeight(grown, long, estimateWidth)).toBeNull();
    }
  });
});

describe('label commands', () => {
  it('draws each labelled type’s label after its outline, lines centred, in the stroke colour', () => {
    for (const type of ['rect', 'ellipse', 'diamond', 'arrow'] as const) {
      const shape = labelled(type, 'Top line\nsecond');
      const commands = renderShape(shape, light);
      const lines = texts(commands);
      expect(lines.map((l) => l.text)).toEqual(['Top line', 'second']);
      expect(commands.at(-1)).toBe(lines[1]);
      const lineHeight = 10 * LINE_HEIGHT;
      expect(lines[0]).toMatchObject({ x: 100 - 24, y: 50 - lineHeight / 2, fontSize: 10 });
      expect(lines[1]).toMatchObject({ x: 100 - 18, y: 50 + lineHeight / 2 });
      expect(lines[0].color).toBe('#1e1e1e');
      expect(texts(renderShape(shape, dark))[0].color).toBe('#e7e7ea');
    }
  });

  it('keeps dark ink on an opaque fill in the dark theme, and lightens it on a tint or no fill', () => {
    for (const type of ['rect', 'ellipse', 'diamond'] as const) {
      const onPaper = labelled(type, 'ink', { fill: '#a5d8ff' });
      expect(texts(renderShape(onPaper, dark))[0].color).toBe('#1e1e1e');
      const onTint = labelled(type, 'ink', { fill: '#1c7ed633' });
      expect(texts(renderShape(onTint, dark))[0].color).toBe('#e7e7ea');
    }
  });

  it('puts an arrow’s label on a patch of canvas colour, and no other label', () => {
    const arrow = labelCommands(labelled('arrow', 'yes'), dark);
    const [patch] = paths(arrow);
    expect(patch.fill).toBe(CANVAS_BACKGROUND.dark);
    expect(patch.geometry).toMatchObject({ kind: 'rect', x: 100 - 9 - 4, width: 18 + 8 });
    expect(arrow.indexOf(patch)).toBe(0);
    expect(paths(labelCommands(labelled('rect', 'yes'), dark))).toEqual([]);
  });

  it('draws nothing for no label, while it is edited, or when too small to read', () => {
    expect(labelCommands(labelled('rect', ''), light)).toEqual([]);
    expect(labelCommands(labelled('rect', 'x'), { ...light, hideText: true })).toEqual([]);
    expect(labelCommands(labelled('rect', 'x'), { ...light, zoom: 0.1 })).toEqual([]);
    // A line or a freehand stroke has no label, whatever its text says.
    const line = createShape({
      type: 'line',
      index: 'a0',
      geom: { ...geom, points: [0, 0, 9, 9] },
      style,
      text: 'x',
    });
    expect(texts(renderShape(line, light))).toEqual([]);
  });
});

describe('path middle', () => {
  it('is halfway along the path’s length, not its middle point', () => {
    expect(pathMiddle([0, 0, 100, 0, 100, 20])).toEqual({ x: 60, y: 0 });
    expect(pathMiddle([5, 5])).toEqual({ x: 5, y: 5 });
    expect(pathMiddle([])).toEqual({ x: 0, y: 0 });
  });

  it('follows the drawn curve for a curved arrow', () => {
    const points = [0, 0, 50, 100, 100, 0];
    // One quadratic curve from (0,0) aimed by (50,100) to (100,0): its middle is (50, 50).
    const middle = arrowMiddle(points, { ...style, routing: 'curved' });
    expect(middle.x).toBeCloseTo(50, 0);
    expect(middle.y).toBeCloseTo(50, 0);
    expect(arrowMiddle(points, style)).toEqual({ x: 50, y: 100 });
  });
});

describe('label bounds', () => {
  const vertical = (rotation = 0): Shape => ({
    ...createShape({
      type: 'arrow',
      index: 'a0',
      geom: { x: 100, y: 0, width: 0, height: 100, rotation, points: [0, 0, 0, 100] },
      style,
    }),
    text: 'wider than it',
  });

  it('an arrow’s label reaches past its box, and an export takes it in', () => {
    const bounds = labelBounds(vertical(), estimateWidth)!;
    // 13 characters at 6 units, centred on x = 100, plus the patch's padding.
    expect(bounds.x).toBeCloseTo(100 - 39 - 4);
    expect(bounds.width).toBeCloseTo(78 + 8);
    const svg = shapesToSvg([vertical()], {
      theme: 'light',
      measureText: estimateWidth,
      padding: 0,
    });
    expect(svg!.width).toBeGreaterThanOrEqual(bounds.width);
  });

  it('turns with its shape, and is null without a label', () => {
    const turned = labelBounds(vertical(90), estimateWidth)!;
    expect(turned.height).toBeCloseTo(78 + 8);
    expect(labelBounds({ ...vertical(), text: '' }, estimateWidth)).toBeNull();
  });
});
