import {
  MAX_PDF_IMAGE_PIXELS,
  paintPdfPages,
  pdfFontChooser,
  pdfPageAreas,
  pdfPixels,
  type PdfPixels,
  type PdfSurface,
} from '@sketchroom/board-render/pdf';
import type { Editor } from '../editor.ts';
import { gatherImages } from './export-assets.ts';
import { exportedShapes, exportMeasure, reportMissing } from './export-image.ts';
import { loadPdfFonts } from './pdf-fonts.ts';

/**
 * A picture as PDF can hold it, or undefined (its placeholder is drawn). JPEG goes in as it
 * is; anything else is decoded by the browser (at most MAX_PDF_IMAGE_PIXELS) and handed over
 * as pixels: the PDF library's own PNG decoding of pictures with alpha runs in a worker this
 * page's content policy does not allow, and would never finish.
 */
async function pdfImage(blob: Blob): Promise<ArrayBuffer | PdfPixels | undefined> {
  if (blob.type === 'image/jpeg') return blob.arrayBuffer();
  try {
    const bitmap = await createImageBitmap(blob);
    const shrink = Math.min(1, Math.sqrt(MAX_PDF_IMAGE_PIXELS / (bitmap.width * bitmap.height)));
    const width = Math.max(1, Math.floor(bitmap.width * shrink));
    const height = Math.max(1, Math.floor(bitmap.height * shrink));
    const context = new OffscreenCanvas(width, height).getContext('2d');
    if (!context) return undefined;
    context.drawImage(bitmap, 0, 0, width, height);
    bitmap.close();
    return pdfPixels(width, height, context.getImageData(0, 0, width, height).data);
  } catch {
    return undefined;
  }
}

/**
 * Loaded by exportPdf only when a PDF is asked for, with the PDF library, the painter and
 * the font files, so the app's own bundle carries none of them.
 *
 * The exported shapes (the selection, else the whole board) as a PDF: one page holding
 * them, vector shapes, text as text in the embedded fonts, pictures embedded.
 */
export async function buildPdf(editor: Editor): Promise<Blob | null> {
  const shapes = exportedShapes(editor);
  const measure = exportMeasure();
  const areas = pdfPageAreas(shapes, 24, measure);
  if (areas.length === 0) return null;
  const [{ default: PDFDocument }, fonts, gathered] = await Promise.all([
    import('pdfkit'),
    loadPdfFonts(),
    gatherImages(editor.assets, shapes),
  ]);
  reportMissing(editor, gathered.missing);
  const images = new Map<string, ArrayBuffer | PdfPixels>();
  for (const [asset, blob] of gathered.images) {
    const bytes = await pdfImage(blob);
    if (bytes) images.set(asset, bytes);
  }
  const doc = new PDFDocument({
    autoFirstPage: false,
    info: { Producer: 'Sketchroom' },
    // No standard font by default: the browser build carries none, and every line is set
    // in one of the embedded fonts.
    font: null as unknown as string,
  });
  for (const [name, bytes] of fonts) doc.registerFont(name, bytes);
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // @types/pdfkit is older than PDFKit 0.20 (no openImage, dash with one length).
  paintPdfPages(doc as unknown as PdfSurface, shapes, areas, {
    theme: editor.state.theme,
    measureText: measure,
    fontFor: pdfFontChooser(),
    imageData: (asset) => images.get(asset),
  });
  doc.end();
  await ended;
  return new Blob(chunks as BlobPart[], { type: 'application/pdf' });
}
