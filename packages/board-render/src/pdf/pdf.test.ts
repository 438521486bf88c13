import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Shape } from '@sketchroom/board-model';
import PDFDocument from 'pdfkit';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { everyArrow, everyStyledShape, STYLE_TEXTS } from '../style-cases.ts';
import { everyType, TEXTS, VARIANTS } from '../test-shapes.ts';
import { estimateWidth } from '../text-layout.ts';
import type { Theme } from '../theme.ts';
import { paintPdfPages, pdfPageAreas, type PdfOptions } from './pdf.ts';
import type { PdfSurface } from './pdf-surface.ts';
import { PDF_FONT_FACES, pdfFontChooser } from './pdf-fonts.ts';
import { pdfPixels } from './pdf-raw-image.ts';

const require = createRequire(import.meta.url);
const fontBytes = (pkg: string, file: string) =>
  readFileSync(require.resolve(`${pkg}/files/${file}`));

// A 2×2 PNG, the smallest a real decoder accepts as a picture.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP4z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

async function paint(
  shapes: readonly Shape[],
  theme: Theme,
  extra: Partial<PdfOptions> = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: false });
  for (const face of PDF_FONT_FACES)
    doc.registerFont(face.name, fontBytes(face.package, face.file));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise((resolve) => doc.on('end', resolve));
  const options: PdfOptions = {
    theme,
    measureText: estimateWidth,
    fontFor: pdfFontChooser(),
    ...extra,
  };
  // @types/pdfkit is older than PDFKit 0.20 (no openImage, dash with one length).
  paintPdfPages(
    doc as unknown as PdfSurface,
    shapes,
    pdfPageAreas(shapes, 24, estimateWidth),
    options,
  );
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** The pages of a PDF as a real reader sees them: size and the text on each. */
async function read(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
      .join('');
    const [, , width, height] = page.view;
    pages.push({ width, height, text });
  }
  return pages;
}

describe('PDF export', () => {
  for (const theme of ['light', 'dark'] as const) {
    it(`draws every type in every style row as one page with its text as text (${theme})`, async () => {
      const shapes = [...everyStyledShape(), ...everyArrow().map(shiftDown)];
      const pages = await read(await paint(shapes, theme));
      expect(pages).toHaveLength(1);
      for (const text of Object.values(STYLE_TEXTS)) {
        for (const word of (text ?? '').split(/\s+/)) expect(pages[0].text).toContain(word);
      }
    });

    it(`draws every variant of every type (${theme})`, async () => {
      for (const variant of VARIANTS) {
        const pages = await read(await paint(everyType(variant), theme));
        expect(pages).toHaveLength(1);
        expect(pages[0].text).toContain('second line');
        // Turned text can reach past the page (as in SVG); readers drop what lies outside it.
        if (variant.rotation === 0) expect(pages[0].text).toContain('Hello <board> & "friends"');
        // The note's box holds its first lines; the renderer leaves out what overflows.
        expect(pages[0].text).toContain(TEXTS.note?.split(' ').slice(0, 2).join(' '));
      }
    });
  }

  it('embeds the fonts it sets text in, the hand font by its subset', async () => {
    const latin = new TextDecoder('latin1').decode(await paint(everyStyledShape(), 'light'));
    expect(latin).toMatch(/\/FontFile2/);
    expect(latin).toMatch(/DejaVuSans/);
    expect(latin).toMatch(/Caveat/);
  });

  it('sizes the page to the board and scales a huge board down to what readers accept', async () => {
    const shapes = everyType(VARIANTS[0]);
    const [area] = pdfPageAreas(shapes, 24, estimateWidth);
    const [page] = await read(await paint(shapes, 'light'));
    expect(page.width).toBeCloseTo(area.width, 0);
    expect(page.height).toBeCloseTo(area.height, 0);
    const far = shapes.map((s, i) => ({ ...s, geom: { ...s.geom, x: i * 10_000 } }));
    const [huge] = await read(await paint(far, 'light'));
    expect(Math.max(huge.width, huge.height)).toBeCloseTo(14_400, 0);
  });

  it('embeds a PNG picture and draws the placeholder for a file PDF cannot hold', async () => {
    const shapes = everyType(VARIANTS[0]).filter((s) => s.type === 'image');
    const embedded = await paint(shapes, 'light', { imageData: () => PNG });
    const text = new TextDecoder('latin1').decode(embedded);
    expect(text).toMatch(/\/Subtype \/Image/);
    const html = await paint(shapes, 'light', { imageData: () => Buffer.from('<html>') });
    expect(new TextDecoder('latin1').decode(html)).not.toMatch(/\/Subtype \/Image/);
  });

  it('embeds decoded pixels, with a soft mask only when some are see-through', async () => {
    const shapes = everyType(VARIANTS[0]).filter((s) => s.type === 'image');
    const opaque = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 255]);
    const seeThrough = new Uint8Array([255, 0, 0, 255, 0, 0, 255, 64]);
    const text = async (rgba: Uint8Array) =>
      new TextDecoder('latin1').decode(
        await paint(shapes, 'light', { imageData: () => pdfPixels(2, 1, rgba) }),
      );
    const solid = await text(opaque);
    expect(solid).toMatch(/\/Subtype \/Image/);
    expect(solid).not.toMatch(/\/SMask/);
    expect(await text(seeThrough)).toMatch(/\/SMask/);
  });

  it('paints nothing for an empty board', () => {
    expect(pdfPageAreas([])).toEqual([]);
  });
});

function shiftDown(shape: Shape): Shape {
  return { ...shape, geom: { ...shape.geom, y: shape.geom.y + 2_000 } };
}
