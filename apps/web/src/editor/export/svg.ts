import { boundsOfShapes, isKnownShapeType, type Shape } from '@sketchroom/board-model';
import { expandBox, type Box } from '@sketchroom/geometry';
import { arrowHead } from '../arrow-head.ts';
import { CANVAS_BACKGROUND, displayColor, NOTE_TEXT } from '../colors.ts';
import { freehandOutline, outlineToPath } from '../freehand.ts';
import { LINE_HEIGHT, NOTE_PADDING } from '../new-shapes.ts';
import type { Theme } from '../session.ts';
import { FONT_FAMILY, layoutLines, type MeasureText } from '../text-layout.ts';

export interface SvgOptions {
  theme: Theme;
  measure: MeasureText;
  /** Page units of margin around the drawing. */
  padding?: number;
  background?: boolean;
}

export interface SvgResult {
  svg: string;
  width: number;
  height: number;
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const n = (value: number) => String(Math.round(value * 100) / 100);

/** A standalone SVG of the shapes, bottom to top, in their page positions. */
export function shapesToSvg(shapes: readonly Shape[], options: SvgOptions): SvgResult | null {
  const content = boundsOfShapes(shapes);
  if (!content) return null;
  const pad = options.padding ?? 24;
  const widest = Math.max(0, ...shapes.map((s) => s.style.strokeWidth));
  const box: Box = expandBox(content, pad + widest);
  const parts = shapes.map((shape) => shapeSvg(shape, options));
  const background = options.background ?? true;
  const rect = background
    ? `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="${CANVAS_BACKGROUND[options.theme]}"/>`
    : '';
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(box.width)}" height="${n(box.height)}" ` +
    `viewBox="${n(box.x)} ${n(box.y)} ${n(box.width)} ${n(box.height)}">` +
    `${rect}${parts.join('')}</svg>`;
  return { svg, width: box.width, height: box.height };
}

function shapeSvg(shape: Shape, options: SvgOptions): string {
  const { geom, style } = shape;
  const { x, y, width: w, height: h, rotation } = geom;
  const transform = `translate(${n(x + w / 2)} ${n(y + h / 2)}) rotate(${n(rotation)}) translate(${n(-w / 2)} ${n(-h / 2)})`;
  const onNote = shape.type === 'note';
  const stroke = displayColor(style.stroke, options.theme, onNote);
  const paint = `stroke="${esc(stroke)}" stroke-width="${n(style.strokeWidth)}" fill="${esc(style.fill)}" stroke-linejoin="round" stroke-linecap="round"`;
  const body = shapeBody(shape, paint, stroke, options);
  return `<g transform="${transform}" opacity="${n(style.opacity)}">${body}</g>`;
}

function shapeBody(shape: Shape, paint: string, stroke: string, options: SvgOptions): string {
  const { geom, style } = shape;
  const { width: w, height: h } = geom;
  const points = geom.points ?? [];
  switch (isKnownShapeType(shape.type) ? shape.type : 'unknown') {
    case 'rect':
      return `<rect width="${n(w)}" height="${n(h)}" rx="${n(Math.min(8, w / 4, h / 4))}" ${paint}/>`;
    case 'ellipse':
      return `<ellipse cx="${n(w / 2)}" cy="${n(h / 2)}" rx="${n(w / 2)}" ry="${n(h / 2)}" ${paint}/>`;
    case 'diamond':
      return `<polygon points="${n(w / 2)},0 ${n(w)},${n(h / 2)} ${n(w / 2)},${n(h)} 0,${n(h / 2)}" ${paint}/>`;
    case 'line':
    case 'arrow': {
      const line = `<polyline points="${pairs(points)}" ${paint} fill="none"/>`;
      const head = shape.type === 'arrow' ? arrowHead(points, style.strokeWidth) : null;
      if (!head) return line;
      return `${line}<polyline points="${head.map((p) => `${n(p.x)},${n(p.y)}`).join(' ')}" ${paint} fill="none"/>`;
    }
    case 'draw':
      return `<path d="${outlineToPath(freehandOutline(points, style.strokeWidth))}" fill="${esc(stroke)}"/>`;
    case 'text':
      return textSvg(shape.text ?? '', style.fontSize ?? 20, null, 0, stroke, options);
    case 'note': {
      const paper = `<rect width="${n(w)}" height="${n(h)}" rx="4" fill="${esc(style.fill)}"/>`;
      const color = displayColor(style.stroke, options.theme, true) || NOTE_TEXT;
      const text = textSvg(
        shape.text ?? '',
        style.fontSize ?? 20,
        w - NOTE_PADDING * 2,
        NOTE_PADDING,
        color,
        options,
      );
      return paper + text;
    }
    default:
      // Images are not stored in the board file; unknown types are a newer client's.
      return `<rect width="${n(w)}" height="${n(h)}" fill="none" stroke="#868e96" stroke-dasharray="6 4"/>`;
  }
}

function textSvg(
  text: string,
  fontSize: number,
  maxWidth: number | null,
  inset: number,
  color: string,
  options: SvgOptions,
): string {
  const lines = layoutLines(text, fontSize, maxWidth, options.measure);
  const lineHeight = fontSize * LINE_HEIGHT;
  const spans = lines
    .map((line, i) => {
      const baseline = inset + i * lineHeight + (lineHeight + fontSize * 0.7) / 2;
      return `<text x="${n(inset)}" y="${n(baseline)}">${esc(line)}</text>`;
    })
    .join('');
  return `<g font-family="${esc(FONT_FAMILY)}" font-size="${n(fontSize)}" fill="${esc(color)}" xml:space="preserve">${spans}</g>`;
}

function pairs(points: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push(`${n(points[i])},${n(points[i + 1])}`);
  return out.join(' ');
}
