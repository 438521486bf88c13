import { describe, expect, it } from 'vitest';
import { createShape, indexesAbove, type Shape } from '../../packages/board-model/src/index.ts';
import { parseUnicodeRange } from '../../packages/board-render/src/pdf/index.ts';
import { BoardDoc } from '../../packages/board-yjs/src/index.ts';
import { createBoard } from '../support/app-server.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { encodePng } from '../support/png.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { downloadExport } from './support/exports.ts';
import { shapeCount } from './support/inspector.ts';
import { compareWithPng, readPdf } from './support/pdf-render.ts';
import { withApp } from './support/with-app.ts';

/** Shapes whose text stays inside them (so the PNG and the PDF cover the same area). */
function boardShapes(asset: string): Shape[] {
  const indexes = indexesAbove([], 6);
  const at = (i: number, x: number, y: number, w = 200, h = 140) => ({
    index: indexes[i],
    geom: { x, y, width: w, height: h, rotation: 0 },
  });
  return [
    createShape({
      type: 'rect',
      ...at(0, 0, 0),
      style: { fill: '#a5d8ff', stroke: '#1971c2', strokeWidth: 4, opacity: 1 },
    }),
    createShape({
      type: 'ellipse',
      ...at(1, 260, 0),
      style: { fill: 'transparent', stroke: '#e03131', strokeWidth: 3, opacity: 0.6 },
    }),
    createShape({
      type: 'note',
      ...at(2, 0, 200),
      text: 'Workshop notes',
      style: { fontFamily: 'hand' },
    }),
    createShape({ type: 'text', ...at(3, 260, 220, 220, 30), text: 'Plain words' }),
    createShape({
      type: 'draw',
      ...at(4, 0, 380, 400, 60),
      geom: {
        x: 0,
        y: 380,
        width: 400,
        height: 60,
        rotation: 0,
        points: [0, 0, 100, 60, 200, 0, 400, 60],
      },
    }),
    createShape({ type: 'image', ...at(5, 520, 0, 200, 150), asset }),
  ];
}

describe('exporting PDF', () => {
  const fixture = withApp();

  for (const theme of ['light', 'dark'] as const) {
    it(`downloads from the menu a PDF with the text as text, drawn like the PNG export (${theme})`, async () => {
      const board = await createBoard(fixture.app);
      // Red over blue, so a picture drawn upside down or missing shows in the comparison.
      const picture = encodePng(200, 150, (_, y) => (y < 75 ? [224, 49, 49] : [28, 126, 214]));
      const uploaded = await fetch(`${fixture.app.url}/api/boards/${board.roomId}/assets`, {
        method: 'POST',
        headers: { authorization: `Bearer ${board.ownerToken}`, 'content-type': 'image/png' },
        body: new Uint8Array(picture),
      });
      expect(uploaded.status).toBe(201);
      const shapes = boardShapes(((await uploaded.json()) as { id: string }).id);
      const writer = await connectPlainClient(fixture.app.url, board.roomId, board.editToken);
      new BoardDoc(writer.doc).createShapes(shapes, 'import');
      const person = await fixture.person({ colorScheme: theme });
      await BoardDriver.open(person.page, board.editUrl);
      await eventually(() => shapeCount(person.page)).toBe(shapes.length);

      const pdf = await downloadExport(person.page, 'export-pdf');
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const pages = await readPdf(new Uint8Array(pdf));
      expect(pages).toHaveLength(1);
      expect(pages[0]).toContain('Plain words');
      expect(pages[0].replace(/\s+/g, ' ')).toContain('Workshop notes');

      const png = await downloadExport(person.page, 'export-png');
      const blank = await fixture.person();
      // Same shapes, same colours; the plain text is set in DejaVu Sans in the PDF and in the
      // system's sans-serif on the canvas, and edges anti-alias differently.
      const looksLikePng = async (picture: { pdf: Buffer } | { png: Buffer }) => {
        const diff = await compareWithPng(blank.page, picture, png);
        expect(diff?.pictureHeight).toBe(diff?.height);
        expect(diff?.meanDifference).toBeLessThan(3);
        expect(diff?.farShare).toBeLessThan(0.015);
      };
      await looksLikePng({ pdf });

      // The server's PDF and PNG of the board, fetched as a script would, look the same.
      const api = `${fixture.app.url}/api/boards/${board.roomId}/export`;
      const auth = { headers: { authorization: `Bearer ${board.viewToken}` } };
      const fetched = async (format: string) => {
        const response = await fetch(`${api}.${format}?theme=${theme}`, auth);
        expect(response.status).toBe(200);
        return Buffer.from(await response.arrayBuffer());
      };
      const serverPdf = await fetched('pdf');
      expect(await readPdf(new Uint8Array(serverPdf))).toHaveLength(1);
      await looksLikePng({ pdf: serverPdf });
      await looksLikePng({ png: await fetched('png') });

      // The server's SVG of the board is the app's own SVG export, hand font embedded alike.
      const appSvg = (await downloadExport(person.page, 'export-svg')).toString('utf8');
      expect(appSvg).toContain('@font-face');
      const served = await fetch(`${api}.svg?theme=${theme}&token=${board.viewToken}`);
      expect(served.status).toBe(200);
      const servedSvg = await served.text();
      expect(normalise(servedSvg)).toEqual(normalise(appSvg));
      writer.close();
    });
  }
});

/**
 * Numbers to whole units (the app and the server measure text with different fonts), and
 * unicode ranges in one spelling (the browser rewrites them: U+0000-00FF becomes U+0-FF).
 */
const normalise = (svg: string) =>
  svg
    .replace(/\d+\.\d+/g, (n) => Number(n).toFixed(0))
    .replace(/unicode-range:([^;]*);/g, (_, range: string) =>
      JSON.stringify(parseUnicodeRange(range)),
    );
