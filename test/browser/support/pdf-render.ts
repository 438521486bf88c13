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
 * Compares a picture with a PNG in Chromium, at the PNG's size: the mean difference per
 * channel (0–255) and the share of pixels that differ by more than 64 in some channel. A PDF
 * has its first page rendered by pdf.js at the PNG's width; a PNG is decoded as it is.
 */
export async function compareWithPng(
  page: Page,
  picture: { pdf: Buffer } | { png: Buffer },
  png: Buffer,
) {
  const [lib, worker] = await Promise.all([
    readFile(require.resolve('pdfjs-dist/build/pdf.min.mjs'), 'utf8'),
    readFile(require.resolve('pdfjs-dist/build/pdf.worker.min.mjs'), 'utf8'),
  ]);
  return page.evaluate(
    async ({ lib, worker, pdf, other, png }) => {
      const url = (text: string) =>
        URL.createObjectURL(new Blob([text], { type: 'text/javascript' }));
      // Written as text: the test runner rewrites an import() in code it runs in Node.
      const load = new Function('u', 'return import(u)') as (u: string) => Promise<unknown>;
      const pdfjs = (await load(url(lib))) as typeof PdfJs;
      pdfjs.GlobalWorkerOptions.workerSrc = url(worker);
      const bytes = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const expected = await createImageBitmap(new Blob([bytes(png)]));
      const { width, height } = expected;
      const canvas = new OffscreenCanvas(width, height);
      const ctx = canvas.getContext('2d')!;
      let pictureHeight: number;
      if (pdf) {
        const doc = await pdfjs.getDocument({ data: bytes(pdf) }).promise;
        const first = await doc.getPage(1);
        const viewport = first.getViewport({ scale: width / first.view[2] });
        pictureHeight = Math.round(first.view[3] * (width / first.view[2]));
        await first.render({ canvasContext: ctx as unknown as CanvasRenderingContext2D, viewport })
          .promise;
      } else {
        const decoded = await createImageBitmap(new Blob([bytes(other!)]));
        pictureHeight = decoded.height;
        if (decoded.width !== width) return null;
        ctx.drawImage(decoded, 0, 0);
      }
      const rendered = ctx.getImageData(0, 0, width, height).data;
      const reference = new OffscreenCanvas(width, height).getContext('2d')!;
      reference.drawImage(expected, 0, 0);
      const wanted = reference.getImageData(0, 0, width, height).data;
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
        pictureHeight,
        meanDifference: total / (pixels * 3),
        farShare: far / pixels,
      };
    },
    {
      lib,
      worker,
      pdf: 'pdf' in picture ? picture.pdf.toString('base64') : null,
      other: 'png' in picture ? picture.png.toString('base64') : null,
      png: png.toString('base64'),
    },
  );
}
