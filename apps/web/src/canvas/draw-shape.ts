import { isKnownShapeType, type Shape } from '@sketchroom/board-model';
import { arrowHead } from '../editor/arrow-head.ts';
import { displayColor, NOTE_TEXT } from '../editor/colors.ts';
import { freehandOutline, outlineToPath } from '../editor/freehand.ts';
import { LINE_HEIGHT, NOTE_PADDING } from '../editor/new-shapes.ts';
import type { Theme } from '../editor/session.ts';
import { layoutLines } from '../editor/text-layout.ts';
import { fontFor, measureText } from './measure.ts';

export interface DrawOptions {
  theme: Theme;
  /** The in-place editor is showing this shape's text, so the canvas must not. */
  hideText: boolean;
  /** Camera zoom: text too small to read is drawn as a bar (level of detail). */
  zoom: number;
}

/** On-screen font size below which text is unreadable and drawn as a bar instead. */
const READABLE_PX = 5;

// Smoothed stroke outlines are costly to compute. A moved stroke keeps its points but may
// arrive as a new array (a peer's update, a rebuilt record), so the cache is per shape and
// compares the points themselves.
const strokePaths = new Map<string, { points: readonly number[]; width: number; path: Path2D }>();

function strokePath(id: string, points: readonly number[], strokeWidth: number): Path2D {
  const cached = strokePaths.get(id);
  if (cached && cached.width === strokeWidth && samePoints(cached.points, points)) {
    cached.points = points;
    return cached.path;
  }
  const path = new Path2D(outlineToPath(freehandOutline(points, strokeWidth)));
  strokePaths.set(id, { points, width: strokeWidth, path });
  return path;
}

function samePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Draws one shape in its local box (0,0)–(width,height); the node applies position and rotation. */
export function drawShape(ctx: CanvasRenderingContext2D, shape: Shape, options: DrawOptions): void {
  const { geom, style } = shape;
  const { width: w, height: h } = geom;
  const onNote = shape.type === 'note';
  const stroke = displayColor(style.stroke, options.theme, onNote);
  ctx.lineWidth = style.strokeWidth;
  ctx.strokeStyle = stroke;
  ctx.fillStyle = style.fill;
  ctx.lineJoin = 'round';
  ctx.lineCap = 'round';
  const hasFill = style.fill !== 'transparent' && style.fill !== '';
  const hasStroke = style.strokeWidth > 0;
  const points = geom.points ?? [];
  switch (isKnownShapeType(shape.type) ? shape.type : 'unknown') {
    case 'rect': {
      ctx.beginPath();
      ctx.roundRect(0, 0, w, h, Math.min(8, w / 4, h / 4));
      paint(ctx, hasFill, hasStroke);
      return;
    }
    case 'ellipse':
      ctx.beginPath();
      ctx.ellipse(w / 2, h / 2, w / 2, h / 2, 0, 0, Math.PI * 2);
      paint(ctx, hasFill, hasStroke);
      return;
    case 'diamond':
      ctx.beginPath();
      ctx.moveTo(w / 2, 0);
      ctx.lineTo(w, h / 2);
      ctx.lineTo(w / 2, h);
      ctx.lineTo(0, h / 2);
      ctx.closePath();
      paint(ctx, hasFill, hasStroke);
      return;
    case 'line':
    case 'arrow': {
      polyline(ctx, points);
      ctx.stroke();
      const head = shape.type === 'arrow' ? arrowHead(points, style.strokeWidth) : null;
      if (head) {
        ctx.beginPath();
        ctx.moveTo(head[0].x, head[0].y);
        ctx.lineTo(head[1].x, head[1].y);
        ctx.lineTo(head[2].x, head[2].y);
        ctx.stroke();
      }
      return;
    }
    case 'draw':
      ctx.fillStyle = stroke;
      ctx.fill(strokePath(shape.id, points, style.strokeWidth));
      return;
    case 'text': {
      if (options.hideText) return;
      const fontSize = style.fontSize ?? 20;
      if (fontSize * options.zoom < READABLE_PX) return textBar(ctx, w, h, stroke);
      drawText(ctx, shape.text ?? '', fontSize, null, 0, stroke);
      return;
    }
    case 'note':
      drawNote(ctx, shape, options);
      return;
    case 'image':
      placeholder(ctx, w, h, 'image');
      return;
    default:
      placeholder(ctx, w, h, String(shape.type));
  }
}

function paint(ctx: CanvasRenderingContext2D, fill: boolean, stroke: boolean): void {
  if (fill) ctx.fill();
  if (stroke) ctx.stroke();
}

function polyline(ctx: CanvasRenderingContext2D, points: readonly number[]): void {
  ctx.beginPath();
  ctx.moveTo(points[0] ?? 0, points[1] ?? 0);
  for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(points[i], points[i + 1]);
}

function drawNote(ctx: CanvasRenderingContext2D, shape: Shape, options: DrawOptions): void {
  const { width: w, height: h } = shape.geom;
  ctx.save();
  ctx.shadowColor = 'rgba(0, 0, 0, 0.18)';
  ctx.shadowBlur = 8;
  ctx.shadowOffsetY = 3;
  ctx.fillStyle = shape.style.fill;
  ctx.beginPath();
  ctx.roundRect(0, 0, w, h, 4);
  ctx.fill();
  ctx.restore();
  if (options.hideText) return;
  const color = displayColor(shape.style.stroke, options.theme, true) || NOTE_TEXT;
  const fontSize = shape.style.fontSize ?? 20;
  if (fontSize * options.zoom < READABLE_PX) return;
  drawText(ctx, shape.text ?? '', fontSize, w - NOTE_PADDING * 2, NOTE_PADDING, color);
}

function drawText(
  ctx: CanvasRenderingContext2D,
  text: string,
  fontSize: number,
  maxWidth: number | null,
  inset: number,
  color: string,
): void {
  if (text === '') return;
  ctx.font = fontFor(fontSize);
  ctx.fillStyle = color;
  ctx.textBaseline = 'middle';
  const lineHeight = fontSize * LINE_HEIGHT;
  const lines = layoutLines(text, fontSize, maxWidth, measureText);
  lines.forEach((line, i) => ctx.fillText(line, inset, inset + i * lineHeight + lineHeight / 2));
}

/** Text too small to read at this zoom: a faint bar where the text is. */
function textBar(ctx: CanvasRenderingContext2D, w: number, h: number, color: string): void {
  ctx.save();
  ctx.globalAlpha *= 0.35;
  ctx.fillStyle = color;
  ctx.fillRect(0, h * 0.25, w, h * 0.5);
  ctx.restore();
}

/** Unknown types (a newer client's) and images without a preview: a labelled dashed box. */
function placeholder(ctx: CanvasRenderingContext2D, w: number, h: number, label: string): void {
  ctx.save();
  ctx.setLineDash([6, 4]);
  ctx.lineWidth = 1;
  ctx.strokeStyle = '#868e96';
  ctx.strokeRect(0, 0, w, h);
  ctx.fillStyle = '#868e96';
  ctx.font = fontFor(12);
  ctx.textBaseline = 'top';
  ctx.fillText(label.slice(0, 40), 6, 6);
  ctx.restore();
}
