import type { Writable } from 'node:stream';
import type { Shape } from '@sketchroom/board-model';
import { exportBox, svgParts, type SvgParts, type Theme } from '@sketchroom/board-render';
import {
  MAX_PDF_IMAGE_PIXELS,
  paintPdfPages,
  pdfPageAreas,
  type PdfSurface,
} from '@sketchroom/board-render/pdf';
import { renderAsync } from '@resvg/resvg-js';
import PDFDocument from 'pdfkit';
import { exportFonts, HAND_FAMILY, SANS_FAMILY } from './export-fonts.ts';
import { pngDecodes } from './export-png-check.ts';

/** A picture's file as the asset store holds it. */
export interface ExportImage {
  mimeType: string;
  data: Uint8Array;
}

export interface ExportInput {
  shapes: readonly Shape[];
  theme: Theme;
  images: ReadonlyMap<string, ExportImage>;
}

/** The largest PNG the server paints, in pixels; larger boards are scaled down to it. */
export const MAX_PNG_PIXELS = 16_000_000;
/** The app's padding around an export (PADDING in the app's PNG export, the SVG default). */
const PADDING = 24;

/** The same SVG the app's export writes: board-render's, the hand font and pictures embedded. */
export function renderSvgParts(input: ExportInput): SvgParts | null {
  const fonts = exportFonts();
  const urls = new Map<string, string>();
  return svgParts(input.shapes, {
    theme: input.theme,
    measureText: fonts.measureText,
    handFont: fonts.svgHandFont,
    imageHref: (asset) => {
      const image = input.images.get(asset);
      if (!image) return undefined;
      let url = urls.get(asset);
      if (url === undefined) {
        url = `data:${image.mimeType};base64,${Buffer.from(image.data).toString('base64')}`;
        urls.set(asset, url);
      }
      return url;
    },
  });
}

/** The whole SVG as one string (for the PNG rasteriser). */
export function renderSvg(
  input: ExportInput,
): { svg: string; width: number; height: number } | null {
  const parts = renderSvgParts(input);
  if (!parts) return null;
  const svg = parts.head + [...parts.groups()].join('') + parts.tail;
  return { svg, width: parts.width, height: parts.height };
}

/**
 * Writes the SVG into `out` a shape at a time, waiting whenever the client reads slower than
 * it is written, so a large board is never held whole. Resolves when written or the client left.
 */
export async function streamSvg(parts: SvgParts, out: Writable): Promise<void> {
  out.write(parts.head);
  for (const group of parts.groups()) {
    if (out.destroyed) return;
    if (!out.write(group)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          out.off('drain', done);
          out.off('close', done);
          resolve();
        };
        out.on('drain', done);
        out.on('close', done);
      });
    }
  }
  out.end(parts.tail);
}

/**
 * The app's PNG scale (up to twice the board's size, no side over 16,000 pixels), further
 * lowered so the picture holds at most MAX_PNG_PIXELS.
 */
export function pngScale(width: number, height: number): number {
  let scale = Math.min(
    2,
    16_000 / Math.max(width, height),
    Math.sqrt(MAX_PNG_PIXELS / (width * height)),
  );
  // The rasteriser rounds each side up.
  while (Math.ceil(width * scale) * Math.ceil(height * scale) > MAX_PNG_PIXELS) scale *= 0.999;
  return scale;
}

/**
 * The board's SVG rasterised (off the event loop), with the bundled fonts standing in
 * for the CSS font stacks.
 */
export async function renderPng(input: ExportInput): Promise<Buffer | null> {
  const drawn = renderSvg(input);
  if (!drawn) return null;
  const fonts = exportFonts();
  const rendered = await renderAsync(drawn.svg, {
    fitTo: { mode: 'zoom', value: pngScale(drawn.width, drawn.height) },
    font: {
      loadSystemFonts: false,
      fontFiles: fonts.ttfPaths,
      defaultFontFamily: SANS_FAMILY,
      sansSerifFamily: SANS_FAMILY,
      cursiveFamily: HAND_FAMILY,
    },
  });
  return rendered.asPng();
}

/** True when the shapes draw anything (an export of nothing is refused, as in the app). */
export function hasContent(shapes: readonly Shape[]): boolean {
  return exportBox(shapes, PADDING) !== null;
}

/**
 * The board as PDF, streamed into `out` as PDFKit writes it: one page per area (the
 * whole board today), vector shapes, text in the embedded fonts, PNG and JPEG pictures.
 * Resolves when the document has been written.
 */
export function renderPdf(input: ExportInput, out: Writable): Promise<void> {
  const fonts = exportFonts();
  const doc = new PDFDocument({ autoFirstPage: false, info: { Producer: 'Sketchroom' } });
  for (const [name, bytes] of fonts.pdf) doc.registerFont(name, bytes);
  const done = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('close', resolve);
    out.on('error', reject);
    doc.on('error', reject);
  });
  doc.pipe(out);
  const areas = pdfPageAreas(input.shapes, PADDING, fonts.measureText);
  // @types/pdfkit is older than PDFKit 0.20 (no openImage, dash with one length).
  paintPdfPages(doc as unknown as PdfSurface, input.shapes, areas, {
    theme: input.theme,
    measureText: fonts.measureText,
    fontFor: fonts.fontFor,
    imageData: (asset) => {
      const image = input.images.get(asset);
      if (!image) return undefined;
      const bytes = Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength);
      if (image.mimeType === 'image/jpeg') return bytes;
      // GIF and WebP are not PDF's; a PNG must be seen to decode first (pngDecodes says why).
      return image.mimeType === 'image/png' && pngDecodes(bytes, MAX_PDF_IMAGE_PIXELS)
        ? bytes
        : undefined;
    },
  });
  doc.end();
  return done;
}
