// The PDF painter, apart from the package's main entry so an app that loads it lazily
// keeps it out of its first bundle.
export {
  MAX_PAGE_SIDE,
  MAX_PDF_IMAGE_PIXELS,
  paintPdfPages,
  pdfPageAreas,
  type PdfOptions,
} from './pdf.ts';
export type { PdfSurface } from './pdf-surface.ts';
export { pdfPixels, type PdfPixels } from './pdf-raw-image.ts';
export { pdfColor, type PdfColor } from './pdf-color.ts';
export { coversText, parseUnicodeRange } from './unicode-range.ts';
export { PDF_FONT_FACES, pdfFontChooser, type PdfFontFace } from './pdf-fonts.ts';
