import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type * as PdfJs from 'pdfjs-dist';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);

/** Page count and the text of each page, as pdf.js reads them (in Node). */
export async function readPdf(bytes: Uint8Array): Promise<string[]> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const content = await (await pdf.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
        .join(''),
    );
  }
  await pdf.destroy();
  return pages;
}

/**
 * Renders the PDF's first page with pdf.js inside Chromium at `width` × `height` pixels
 * and compares it with a PNG of the same size: the mean difference per channel (0–255) and
 * the share of pixels that differ by more than 64 in some channel.
 */
export async function comparePdfWithPng(page: Page, pdf: Buffer, png: Buffer) {
  const [lib, worker] = await Promise.all([
    readFile(require.resolve('pdfjs-dist/build/pdf.min.mjs'), 'utf8'),
    readFile(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8'),
  ]);
  return page.evaluate(
    async ({ lib, worker, pdf, png }) => {
      const url = (text: string) =>
        URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
      // Written as text: the test runner rewrites an import() in code it runs in Node.
      const load = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>;
      const pdfjs = (await load(url(lib))) as typeof PdfJs;
      pdfjs.GlobalWorkerOptions.workerSrc = url(worker);
      const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const expected = await createImageBitmap(new Blob([bytes(png)]));
      const { width, height } = expected;
      const doc = await pdfjs.getDocument({ data: bytes(pdf) }).promise;
      const first = await doc.getPage(1);
      const viewport = first.getViewport({ scale: width / first.view[2] });
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      await first.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport })
        .promise;
      const rendered = ctx.getImageData(0, 0, width, height).data;
      const other = new OffscreenCanvas(width, height).getContext('2d')!;
      other.drawImage(expected, 0, 0);
      const wanted = other.getImageData(0, 0, width, height).data;
      let total = 0;
      let far = 0;
      for (let i = 0; i < rendered.length; i += 4) {
        let worst = 0;
        for (let c = 0; c < 3; c++) {
          const d = Math.abs(rendered[i + c]! - wanted[i + c]!);
          total += d;
          worst = Math.max(worst, d);
        }
        if (worst > 64) far++;
      }
      const pixels = rendered.length / 4;
      return {
        width,
        height,
        pdfHeight: Math.round(first.view[3] * (width / first.view[2])),
        meanDifference: total / (pixels * 3),
        farShare: far / pixels,
      };
    },
    { lib, worker, pdf: pdf.toString('base64'), png: png.toString('base64') },
  );
}
