import {
  DEFAULT_FONT_SIZE,
  hasLabel,
  routingOf,
  type Geom,
  type Style,
} from '@sketchroom/board-model';
import { boundsOfPoints, boxCorners, rotatePoint, type Box } from '@sketchroom/geometry';
import { curvedSegments } from './arrow-route.ts';
import type { DrawCommand, PathSegment } from './commands.ts';
import { fontStackFor } from './fonts.ts';
import { isReadable, type RenderOptions } from './render-options.ts';
import { layoutLines, linesHeight, type MeasureText, type TextFont } from './text-layout.ts';
import { CANVAS_BACKGROUND, displayColor, isPaper } from './theme.ts';

/** Space between a label and the edge of the box it wraps in, in page units. */
export const LABEL_PADDING = 8;
/** An arrow has no box to wrap in: its label wraps at this many font sizes. */
export const ARROW_LABEL_EMS = 10;
/** How far the background behind an arrow's label reaches past the text. */
export const KNOCKOUT_PADDING = 4;

/** What a label needs to know of its shape. */
export interface LabelledShape {
  type: string;
  geom: Geom;
  style: Style;
}

/**
 * A label laid out in its shape's local box (0,0)–(width,height): centred on
 * (cx, cy), wrapped at `wrapWidth`, `width` × `height` the block its lines fill.
 */
export interface LabelLayout {
  lines: string[];
  font: TextFont;
  cx: number;
  cy: number;
  wrapWidth: number;
  width: number;
  height: number;
}

/**
 * The share of a shape's width and height that a label may use: all of a
 * rectangle, the rectangle inscribed in an ellipse (1/√2), the one inscribed
 * in a diamond (1/2). Null for types whose label does not sit in the box.
 */
function innerShare(type: string): number | null {
  if (type === 'rect') return 1;
  if (type === 'ellipse') return Math.SQRT1_2;
  if (type === 'diamond') return 0.5;
  return null;
}

export function labelFont(style: Style): TextFont {
  const size = style.fontSize;
  return {
    size: typeof size === 'number' && size > 0 && Number.isFinite(size) ? size : DEFAULT_FONT_SIZE,
    family: fontStackFor(style),
  };
}

/** Where a label is centred and how wide it may be. */
function labelFrame(shape: LabelledShape, font: TextFont) {
  const { width, height } = shape.geom;
  const share = innerShare(shape.type);
  if (share === null) {
    const middle = arrowMiddle(shape.geom.points ?? [], shape.style);
    return { cx: middle.x, cy: middle.y, wrapWidth: font.size * ARROW_LABEL_EMS };
  }
  // At least one em, so a sliver of a shape does not stack its label letter by letter.
  const wrapWidth = Math.max(font.size, width * share - LABEL_PADDING * 2);
  return { cx: width / 2, cy: height / 2, wrapWidth };
}

/** Lays out `text` as the label of `shape`. */
export function labelLayout(shape: LabelledShape, text: string, measure: MeasureText): LabelLayout {
  const font = labelFont(shape.style);
  const { cx, cy, wrapWidth } = labelFrame(shape, font);
  const lines = layoutLines(text, font.size, wrapWidth, measure, font.family);
  const widest = Math.max(0, ...lines.map((line) => measure(line, font.size, font.family)));
  return {
    lines,
    font,
    cx,
    cy,
    wrapWidth,
    width: Math.min(widest, wrapWidth),
    height: linesHeight(lines.length, font.size),
  };
}

/**
 * The height `shape` needs for its label to fit inside it (with padding), or
 * null when it already fits or its type does not grow (arrows). The label
 * wraps at a width that depends only on the shape's width, so one step is enough.
 */
export function labelFitHeight(
  shape: LabelledShape,
  text: string,
  measure: MeasureText,
): number | null {
  const share = innerShare(shape.type);
  if (share === null || text === '') return null;
  const layout = labelLayout(shape, text, measure);
  const needed = Math.ceil((layout.height + LABEL_PADDING * 2) / share);
  return needed > shape.geom.height ? needed : null;
}

/**
 * A label's drawing in its shape's local box: each line centred on the label's
 * middle, in the stroke colour; an arrow's label on a patch of canvas colour
 * so the line does not run through the text. Nothing while it is being edited.
 */
export function labelCommands(
  shape: LabelledShape & { text?: string },
  options: RenderOptions,
): DrawCommand[] {
  const text = shape.text ?? '';
  if (text === '' || options.hideText) return [];
  const font = labelFont(shape.style);
  if (!isReadable(font.size, options)) return [];
  const layout = labelLayout(shape, text, options.measureText);
  const lineHeight = layout.height / layout.lines.length;
  const top = layout.cy - layout.height / 2;
  // Inside a shape with an opaque fill the label sits on that paper, which both themes show alike.
  const onPaper = shape.type !== 'arrow' && isPaper(shape.style.fill);
  const color = displayColor(shape.style.stroke, options.theme, onPaper);
  const commands: DrawCommand[] = [];
  if (innerShare(shape.type) === null) {
    commands.push({
      type: 'path',
      geometry: {
        kind: 'rect',
        x: layout.cx - layout.width / 2 - KNOCKOUT_PADDING,
        y: top - KNOCKOUT_PADDING,
        width: layout.width + KNOCKOUT_PADDING * 2,
        height: layout.height + KNOCKOUT_PADDING * 2,
        radius: KNOCKOUT_PADDING,
      },
      fill: CANVAS_BACKGROUND[options.theme],
      stroke: null,
    });
  }
  layout.lines.forEach((line, i) => {
    const width = options.measureText(line, font.size, font.family);
    commands.push({
      type: 'text',
      text: line,
      x: layout.cx - width / 2,
      y: top + i * lineHeight + lineHeight / 2,
      fontSize: font.size,
      fontFamily: font.family,
      color,
    });
  });
  return commands;
}

/**
 * The middle of an arrow's drawn line, halfway along its length: the polyline
 * through its points, or for the curved routing the curve that is drawn.
 */
export function arrowMiddle(points: readonly number[], style: Style): { x: number; y: number } {
  const curved = routingOf(style) === 'curved' && points.length >= 6;
  return pathMiddle(curved ? flatten(curvedSegments(points)) : points);
}

/** Steps each curve is cut into to measure along it. */
const CURVE_STEPS = 16;

/** A path's segments as a polyline close enough to measure along. */
function flatten(segments: readonly PathSegment[]): number[] {
  const out: number[] = [];
  let x = 0;
  let y = 0;
  for (const s of segments) {
    if (s.op === 'Q') {
      for (let k = 1; k <= CURVE_STEPS; k++) {
        const t = k / CURVE_STEPS;
        const u = 1 - t;
        out.push(
          u * u * x + 2 * u * t * s.cx + t * t * s.x,
          u * u * y + 2 * u * t * s.cy + t * t * s.y,
        );
      }
    } else if (s.op !== 'Z') {
      out.push(s.x, s.y);
    }
    if (s.op !== 'Z') [x, y] = [s.x, s.y];
  }
  return out;
}

/** The point halfway along a polyline through flat [x0, y0, x1, y1, …] points. */
export function pathMiddle(points: readonly number[]): { x: number; y: number } {
  const count = Math.floor(points.length / 2);
  if (count === 0) return { x: 0, y: 0 };
  let total = 0;
  for (let i = 1; i < count; i++) total += segmentLength(points, i);
  let left = total / 2;
  for (let i = 1; i < count; i++) {
    const length = segmentLength(points, i);
    if (length >= left && length > 0) {
      const t = left / length;
      const x0 = points[i * 2 - 2];
      const y0 = points[i * 2 - 1];
      return { x: x0 + (points[i * 2] - x0) * t, y: y0 + (points[i * 2 + 1] - y0) * t };
    }
    left -= length;
  }
  return { x: points[0], y: points[1] };
}

function segmentLength(points: readonly number[], i: number): number {
  return Math.hypot(points[i * 2] - points[i * 2 - 2], points[i * 2 + 1] - points[i * 2 - 1]);
}

/**
 * The page area a label's drawing covers (text and knockout, turned with its
 * shape), or null when it draws nothing. An arrow's label may reach past the
 * arrow's own box: repaints and exports must take it in.
 */
export function labelBounds(
  shape: LabelledShape & { text?: string },
  measure: MeasureText,
): Box | null {
  const text = shape.text ?? '';
  if (text === '' || !hasLabel(shape.type)) return null;
  const layout = labelLayout(shape, text, measure);
  const { x, y, width, height, rotation } = shape.geom;
  const pad = KNOCKOUT_PADDING;
  const local = {
    x: x + layout.cx - layout.width / 2 - pad,
    y: y + layout.cy - layout.height / 2 - pad,
    width: layout.width + pad * 2,
    height: layout.height + pad * 2,
  };
  if (!rotation) return local;
  // Turned about the shape's centre, not the label's own.
  const centre = { x: x + width / 2, y: y + height / 2 };
  return boundsOfPoints(boxCorners(local).map((p) => rotatePoint(p, centre, rotation))) ?? local;
}
