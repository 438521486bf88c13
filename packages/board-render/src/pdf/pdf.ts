import { shapeBounds, type Shape } from '@sketchroom/board-model';
import { boxIntersects, type Box } from '@sketchroom/geometry';
import {
  BASELINE_BELOW_CENTRE,
  type DrawCommand,
  type PathCommand,
  type TextCommand,
} from '../commands.ts';
import type { RenderOptions } from '../render-options.ts';
import { renderShape } from '../shapes/index.ts';
import { exportBox } from '../svg.ts';
import type { MeasureText } from '../text-layout.ts';
import { CANVAS_BACKGROUND } from '../theme.ts';
import { pdfColor } from './pdf-color.ts';
import { pdfDash, tracePath } from './pdf-paths.ts';
import type { PdfPixels } from './pdf-raw-image.ts';
import type { PdfSurface } from './pdf-surface.ts';

/** The largest page side PDF readers accept (200 inches); larger areas are scaled down to it. */
export const MAX_PAGE_SIDE = 14_400;

/**
 * Pictures larger than this many pixels (4096 × 4096, the uploads' default largest) are drawn
 * as their placeholder: a PNG with alpha is decoded whole to split its alpha off.
 */
export const MAX_PDF_IMAGE_PIXELS = 4096 * 4096;

export interface PdfOptions extends Pick<RenderOptions, 'theme' | 'measureText'> {
  /** Paint the theme's canvas colour behind the shapes (default true). */
  background?: boolean;
  /** The name a font was registered under with the document, for a line in a CSS font stack. */
  fontFor: (fontFamily: string, text: string) => string;
  /**
   * The file of an image asset (PNG or JPEG) or its decoded pixels (`pdfPixels`); without
   * one, or for another format, its placeholder is drawn.
   */
  imageData?: (asset: string) => ArrayBuffer | Uint8Array | PdfPixels | undefined;
}

/**
 * The pages an export of these shapes has: today the whole board on one page (frames,
 * when they come, give one area each, in presentation order).
 */
export function pdfPageAreas(shapes: readonly Shape[], padding = 24, measure?: MeasureText): Box[] {
  const box = exportBox(shapes, padding, measure);
  return box ? [box] : [];
}

type OpenImage = { width: number; height: number } | null;

class PdfPainter {
  private readonly images = new Map<string, OpenImage>();

  constructor(
    private readonly doc: PdfSurface,
    private readonly options: PdfOptions,
  ) {}

  page(shapes: readonly Shape[], area: Box): void {
    const { doc, options } = this;
    const scale = Math.min(1, MAX_PAGE_SIDE / Math.max(area.width, area.height));
    doc.addPage({ size: [area.width * scale, area.height * scale], margin: 0 });
    doc.save();
    doc.scale(scale);
    doc.translate(-area.x, -area.y);
    doc.rect(area.x, area.y, area.width, area.height);
    doc.clip();
    if (options.background ?? true) {
      doc.rect(area.x, area.y, area.width, area.height);
      doc.fill(pdfColor(CANVAS_BACKGROUND[options.theme]).rgb);
    }
    const render: RenderOptions = { theme: options.theme, measureText: options.measureText };
    for (const shape of shapes) {
      if (!boxIntersects(shapeBounds(shape), area)) continue;
      this.shape(shape, renderShape(shape, render));
    }
    doc.restore();
  }

  private shape(shape: Shape, commands: readonly DrawCommand[]): void {
    const { doc } = this;
    const { x, y, width: w, height: h, rotation } = shape.geom;
    doc.save();
    doc.translate(x + w / 2, y + h / 2);
    if (rotation) doc.rotate(rotation);
    doc.translate(-w / 2, -h / 2);
    const opacity = Number.isFinite(shape.style.opacity) ? shape.style.opacity : 1;
    for (const command of commands) this.command(command, opacity);
    doc.restore();
  }

  private command(command: DrawCommand, opacity: number): void {
    switch (command.type) {
      case 'path':
        return this.path(command, opacity);
      case 'text':
        return this.text(command, opacity);
      case 'image': {
        const image = command.asset ? this.openImage(command.asset) : null;
        if (!image) {
          for (const c of command.fallback) this.command(c, opacity);
          return;
        }
        this.doc.save();
        this.doc.fillOpacity(opacity);
        try {
          this.doc.image(image, command.x, command.y, {
            width: command.width,
            height: command.height,
          });
        } catch {
          // A header that read well over pixels that do not decode: its placeholder instead.
          this.images.set(command.asset!, null);
          for (const c of command.fallback) this.command(c, opacity);
        }
        this.doc.restore();
        return;
      }
    }
  }

  /** Fill then stroke, each with its colour's alpha times the shape's and the command's opacity. */
  private path(command: PathCommand, opacity: number): void {
    const { doc } = this;
    const alpha = opacity * (command.opacity ?? 1);
    const { fill, stroke } = command;
    if (fill !== null) {
      const color = pdfColor(fill);
      doc.save();
      tracePath(doc, command.geometry);
      doc.fillOpacity(color.alpha * alpha);
      doc.fill(color.rgb);
      doc.restore();
    }
    if (stroke && stroke.width > 0) {
      const color = pdfColor(stroke.color);
      doc.save();
      tracePath(doc, command.geometry);
      doc.strokeOpacity(color.alpha * alpha);
      doc.lineWidth(stroke.width);
      doc.lineJoin('round');
      doc.lineCap('round');
      const dash = stroke.dash && pdfDash(stroke.dash);
      if (dash) doc.dash(dash);
      else doc.undash();
      doc.stroke(color.rgb);
      doc.restore();
    }
  }

  private text(command: TextCommand, opacity: number): void {
    if (command.text.trim() === '') return;
    const { doc } = this;
    const color = pdfColor(command.color);
    doc.save();
    doc.font(this.options.fontFor(command.fontFamily, command.text));
    doc.fontSize(command.fontSize);
    doc.fillColor(color.rgb);
    doc.fillOpacity(color.alpha * opacity);
    const baseline = command.y + command.fontSize * BASELINE_BELOW_CENTRE;
    doc.text(command.text, command.x, baseline, { lineBreak: false, baseline: 'alphabetic' });
    doc.restore();
  }

  /** Each asset is read once; a file PDF cannot hold (or too large to decode) stays a placeholder. */
  private openImage(asset: string): OpenImage {
    if (this.images.has(asset)) return this.images.get(asset) ?? null;
    let image: OpenImage = null;
    const data = this.options.imageData?.(asset);
    if (data) {
      try {
        const opened = 'embed' in data ? data : this.doc.openImage(data);
        if (opened.width * opened.height <= MAX_PDF_IMAGE_PIXELS) image = opened;
      } catch {
        image = null; // not PNG or JPEG, or not a picture at all
      }
    }
    this.images.set(asset, image);
    return image;
  }
}

/**
 * Paints the shapes into a PDF document (created with `autoFirstPage: false`), one page
 * per area, each shape on every page its bounds reach, clipped to the page. Vector paths,
 * text as real text in the fonts `fontFor` names, pictures embedded. Drop shadows are left
 * out (PDF has no blur). Returns how many pages it added.
 */
export function paintPdfPages(
  doc: PdfSurface,
  shapes: readonly Shape[],
  areas: readonly Box[],
  options: PdfOptions,
): number {
  const painter = new PdfPainter(doc, options);
  for (const area of areas) painter.page(shapes, area);
  return areas.length;
}
