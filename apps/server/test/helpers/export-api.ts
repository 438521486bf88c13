import { inflateSync } from 'node:zlib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export type ExportFormat = 'pdf' | 'svg' | 'png';

/** The export API of one board, as a script would call it. */
export function exportApi(port: number, roomId: string, token: string | null) {
  const base = `http://127.0.0.1:${port}/api/boards/${encodeURIComponent(roomId)}`;
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  return {
    get: (format: ExportFormat, query = '') =>
      fetch(`${base}/export.${format}${query ? `?${query}` : ''}`, { headers: auth }),
    /** As a link or an <img> would: the token in the query. */
    getWithQuery: (format: ExportFormat) =>
      fetch(`${base}/export.${format}?token=${encodeURIComponent(token ?? '')}`),
  };
}

/** Page count, page sizes and text of a PDF, as a real reader (pdf.js) sees them. */
export async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false }).promise;
  const pages = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    const page = await pdf.getPage(i);
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
      .join('');
    pages.push({ width: page.view[2], height: page.view[3], text });
  }
  await pdf.destroy();
  return pages;
}

/** A PNG's size and its top-left pixel (the first pixel of the first row is stored as is). */
export function readPng(png: Buffer): { width: number; height: number; corner: number[] } {
  if (png.readUInt32BE(12) !== 0x49484452) throw new Error('no IHDR');
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const channels = ({ 2: 3, 6: 4, 0: 1, 4: 2 } as Record<number, number>)[png[25]] ?? 4;
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const rows = inflateSync(Buffer.concat(idat));
  return { width, height, corner: [...rows.subarray(1, 1 + channels)] };
}
