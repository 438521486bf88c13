import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type FontFile, type MeasureText } from '@sketchroom/board-render';
import { PDF_FONT_FACES, pdfFontChooser } from '@sketchroom/board-render/pdf';
import * as fontkit from 'fontkit';
import { woffToSfnt } from './export-woff.ts';

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) =>
  readFileSync(require.resolve(`${pkg}/files/${file}`));

/** The family names inside the font files, which the PNG rasteriser matches against. */
export const SANS_FAMILY = 'DejaVu Sans';
export const HAND_FAMILY = 'Caveat';

/** Everything an export needs of the bundled fonts, loaded once. */
export interface ExportFonts {
  /** WOFF files by the name the PDF painter asks for (PDF_FONT_FACES). */
  pdf: ReadonlyMap<string, Buffer>;
  fontFor: (fontFamily: string, text: string) => string;
  /** Text widths from the fonts' own metrics (the app measures with the browser's fonts). */
  measureText: MeasureText;
  /** The hand-written font's WOFF2 files as data URLs, as the app's SVG export embeds them. */
  svgHandFont: FontFile[];
  /** TrueType files on disk, for the PNG rasteriser. */
  ttfPaths: string[];
}

let loaded: ExportFonts | null = null;

export function exportFonts(): ExportFonts {
  loaded ??= loadFonts();
  return loaded;
}

function loadFonts(): ExportFonts {
  const pdf = new Map<string, Buffer>();
  const metrics = new Map<string, fontkit.Font>();
  const dir = mkdtempSync(join(tmpdir(), 'sketchroom-fonts-'));
  const ttfPaths: string[] = [];
  for (const face of PDF_FONT_FACES) {
    const bytes = fontFile(face.package, face.file);
    pdf.set(face.name, bytes);
    metrics.set(face.name, fontkit.create(bytes) as fontkit.Font);
    const path = join(dir, `${face.name}.ttf`);
    writeFileSync(path, woffToSfnt(bytes));
    ttfPaths.push(path);
  }
  const fontFor = pdfFontChooser();
  const measureText: MeasureText = (text, fontSize, fontFamily) => {
    const font = metrics.get(fontFor(fontFamily ?? '', text));
    if (!font || text === '') return 0;
    return (font.layout(text).advanceWidth / font.unitsPerEm) * fontSize;
  };
  const svgHandFont = PDF_FONT_FACES.filter((face) => face.hand).map((face) => ({
    url: `data:font/woff2;base64,${fontFile(face.package, face.file.replace(/\.woff$/, '.woff2')).toString('base64')}`,
    format: 'woff2',
    unicodeRange: face.unicodeRange,
  }));
  return { pdf, fontFor, measureText, svgHandFont, ttfPaths };
}
