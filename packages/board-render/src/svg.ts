import { boundsOfShapes, type Shape } from '@sketchroom/board-model';
import { boundsOfBoxes, expandBox, type Box } from '@sketchroom/geometry';
import {
  BASELINE_BELOW_CENTRE,
  type DrawCommand,
  type PathCommand,
  type PathGeometry,
  type Shadow,
  type TextCommand,
} from './commands.ts';
import { n, pathData } from './path-data.ts';
import type { RenderOptions } from './render-options.ts';
import { HAND_FONT_FAMILY, HAND_FONT_NAME } from './fonts.ts';
import { labelBounds } from './label.ts';
import { renderShape } from './shapes/index.ts';
import type { MeasureText } from './text-layout.ts';
import { CANVAS_BACKGROUND } from './theme.ts';

export interface SvgOptions extends Pick<RenderOptions, 'theme' | 'measureText'> {
  /** Page units of margin around the drawing. */
  padding?: number;
  /** Paint the theme's canvas colour behind the shapes (default true). */
  background?: boolean;
  /** A URL (usually a data URL) for an image asset; without one the image's placeholder is drawn. */
  imageHref?: (asset: string) => string | undefined;
  /**
   * The hand-written font's files as URLs (`data:` URLs, so the SVG stands alone),
   * declared with @font-face when some text is drawn in it; elsewhere the SVG
   * falls back to a cursive system font.
   */
  handFont?: readonly FontFile[];
}

/** One file of a font: a subset covers `unicodeRange` (CSS syntax) when given. */
export interface FontFile {
  url: string;
  format: string;
  unicodeRange?: string;
}

export interface SvgResult {
  svg: string;
  width: number;
  height: number;
}

// Characters XML 1.0 forbids even as references: a document holding one does not parse.
const NOT_XML =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text safe inside an attribute or element: escaped, characters XML cannot hold dropped. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function pairs(points: readonly number[]): string {
  const out: string[] = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push(`${n(points[i])},${n(points[i + 1])}`);
  return out.join(' ');
}

/** The element and its geometry attributes, without paint. */
function geometryElement(geometry: PathGeometry): string {
  switch (geometry.kind) {
    case 'rect': {
      const { x, y, width, height, radius } = geometry;
      const rx = radius > 0 ? ` rx="${n(radius)}"` : '';
      return `rect x="${n(x)}" y="${n(y)}" width="${n(width)}" height="${n(height)}"${rx}`;
    }
    case 'ellipse':
      return `ellipse cx="${n(geometry.cx)}" cy="${n(geometry.cy)}" rx="${n(geometry.rx)}" ry="${n(geometry.ry)}"`;
    case 'polyline':
      return `${geometry.closed ? 'polygon' : 'polyline'} points="${pairs(geometry.points)}"`;
    case 'path':
      return `path d="${pathData(geometry.segments)}"`;
  }
}

/** Collects the drop-shadow filters a document needs, one per distinct shadow. */
class Filters {
  private readonly ids = new Map<string, string>();
  private readonly defs: string[] = [];

  idFor(shadow: Shadow): string {
    const key = `${shadow.color}|${shadow.alpha}|${shadow.blur}|${shadow.offsetX}|${shadow.offsetY}`;
    let id = this.ids.get(key);
    if (!id) {
      id = `sr-shadow-${this.ids.size}`;
      this.ids.set(key, id);
      this.defs.push(
        `<filter id="${id}" x="-50%" y="-50%" width="200%" height="200%">` +
          `<feDropShadow dx="${n(shadow.offsetX)}" dy="${n(shadow.offsetY)}" stdDeviation="${n(shadow.blur / 2)}" ` +
          `flood-color="${xmlText(shadow.color)}" flood-opacity="${n(shadow.alpha)}"/></filter>`,
      );
    }
    return id;
  }

  toString(): string {
    return this.defs.length > 0 ? `<defs>${this.defs.join('')}</defs>` : '';
  }
}

/** Each paint attribute is written exactly once, from the command's own fields. */
function pathSvg(command: PathCommand, filters: Filters): string {
  const { fill, stroke } = command;
  let paint = ` fill="${fill === null ? 'none' : xmlText(fill)}"`;
  if (stroke) {
    paint += ` stroke="${xmlText(stroke.color)}" stroke-width="${n(stroke.width)}" stroke-linejoin="round" stroke-linecap="round"`;
    if (stroke.dash && stroke.dash.length > 0) {
      paint += ` stroke-dasharray="${stroke.dash.map(n).join(' ')}"`;
    }
  }
  if (command.opacity !== undefined) paint += ` opacity="${n(command.opacity)}"`;
  if (command.shadow) paint += ` filter="url(#${filters.idFor(command.shadow)})"`;
  return `<${geometryElement(command.geometry)}${paint}/>`;
}

function textSvg(command: TextCommand): string {
  const baseline = command.y + command.fontSize * BASELINE_BELOW_CENTRE;
  return (
    `<text x="${n(command.x)}" y="${n(baseline)}" font-family="${xmlText(command.fontFamily)}" ` +
    `font-size="${n(command.fontSize)}" fill="${xmlText(command.color)}" xml:space="preserve">` +
    `${xmlText(command.text)}</text>`
  );
}

function commandSvg(command: DrawCommand, filters: Filters, options: SvgOptions): string {
  switch (command.type) {
    case 'path':
      return pathSvg(command, filters);
    case 'text':
      return textSvg(command);
    case 'image': {
      const href = command.asset ? options.imageHref?.(command.asset) : undefined;
      if (!href) return command.fallback.map((c) => commandSvg(c, filters, options)).join('');
      return (
        `<image x="${n(command.x)}" y="${n(command.y)}" width="${n(command.width)}" ` +
        `height="${n(command.height)}" preserveAspectRatio="none" href="${xmlText(href)}"/>`
      );
    }
  }
}

// What a CSS unicode-range may hold; anything else is dropped rather than written into CSS.
const UNICODE_RANGE = /^[\sU+0-9A-F?,-]*$/i;

/** The @font-face rules that make the hand-written text look the same wherever the SVG is opened. */
function fontFaceCss(files: readonly FontFile[]): string {
  const faces = files.map((file) => {
    const range =
      file.unicodeRange && UNICODE_RANGE.test(file.unicodeRange)
        ? `unicode-range:${file.unicodeRange};`
        : '';
    return (
      `@font-face{font-family:'${HAND_FONT_NAME}';` +
      `src:url("${xmlText(file.url)}") format("${xmlText(file.format)}");${range}}`
    );
  });
  return faces.length > 0 ? `<style>${faces.join('')}</style>` : '';
}

const usesHandFont = (commands: readonly DrawCommand[]) =>
  commands.some((c) => c.type === 'text' && c.fontFamily === HAND_FONT_FAMILY);

/**
 * The page area an export covers: the shapes' bounds (and labels reaching past
 * them, when it can measure) plus padding and the widest stroke.
 */
export function exportBox(
  shapes: readonly Shape[],
  padding: number,
  measure?: MeasureText,
): Box | null {
  const labels = measure ? shapes.flatMap((shape) => labelBounds(shape, measure) ?? []) : [];
  const shapesBox = boundsOfShapes(shapes);
  const content = shapesBox && boundsOfBoxes([shapesBox, ...labels]);
  if (!content) return null;
  const widest = Math.max(0, ...shapes.map((s) => s.style.strokeWidth));
  return expandBox(content, padding + widest);
}

/** An SVG document in the order it is written: everything before the shapes, each shape, the end. */
export interface SvgParts {
  head: string;
  /** One `<g>` a shape, bottom to top, drawn as they are asked for. */
  groups: () => Iterable<string>;
  tail: string;
  width: number;
  height: number;
}

function shapeGroup(
  shape: Shape,
  commands: readonly DrawCommand[],
  filters: Filters,
  options: SvgOptions,
): string {
  const { x, y, width: w, height: h, rotation } = shape.geom;
  const transform = `translate(${n(x + w / 2)} ${n(y + h / 2)}) rotate(${n(rotation)}) translate(${n(-w / 2)} ${n(-h / 2)})`;
  const body = commands.map((command) => commandSvg(command, filters, options)).join('');
  return `<g transform="${transform}" opacity="${n(shape.style.opacity)}">${body}</g>`;
}

/**
 * The SVG of the shapes in parts, for writing a large board out a shape at a time: the head
 * needs the whole drawing's fonts and shadows, so the shapes are drawn once for it and again
 * as the groups are taken. Joined, the parts are exactly shapesToSvg's document.
 */
export function svgParts(shapes: readonly Shape[], options: SvgOptions): SvgParts | null {
  const box = exportBox(shapes, options.padding ?? 24, options.measureText);
  if (!box) return null;
  const filters = new Filters();
  const render: RenderOptions = { theme: options.theme, measureText: options.measureText };
  let handText = false;
  for (const shape of shapes) {
    const commands = renderShape(shape, render);
    handText ||= usesHandFont(commands);
    // Drawn for the filters it declares; the text is dropped.
    shapeGroup(shape, commands, filters, options);
  }
  const background =
    (options.background ?? true)
      ? `<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" fill="${CANVAS_BACKGROUND[options.theme]}"/>`
      : '';
  const head =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${n(box.width)}" height="${n(box.height)}" ` +
    `viewBox="${n(box.x)} ${n(box.y)} ${n(box.width)} ${n(box.height)}">` +
    `${handText && options.handFont ? fontFaceCss(options.handFont) : ''}` +
    `${filters}${background}`;
  function* groups() {
    for (const shape of shapes)
      yield shapeGroup(shape, renderShape(shape, render), filters, options);
  }
  return { head, groups, tail: '</svg>', width: box.width, height: box.height };
}

/** A standalone SVG document of the shapes, bottom to top, in their page positions. */
export function shapesToSvg(shapes: readonly Shape[], options: SvgOptions): SvgResult | null {
  const parts = svgParts(shapes, options);
  if (!parts) return null;
  const svg = parts.head + [...parts.groups()].join('') + parts.tail;
  return { svg, width: parts.width, height: parts.height };
}
