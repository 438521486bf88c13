// Board exports from the server: who may fetch them, what comes back, and their bounds.
import { createShape } from '@sketchroom/board-model';
import type { BoardDoc } from '@sketchroom/board-yjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { drawShapes } from './helpers/board-shapes.ts';
import { assetsApi, uploadOk } from './helpers/assets-api.ts';
import { createBoard, type CreatedBoard } from './helpers/boards.ts';
import { connectClient, waitFor, type Client } from './helpers/clients.ts';
import { exportApi, readPdf, readPng, type ExportFormat } from './helpers/export-api.ts';
import { png } from './helpers/images.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const FORMATS: ExportFormat[] = ['pdf', 'svg', 'png'];

describe('board export API', () => {
  let server: TestServer | null = null;
  let client: Client | null = null;
  let watcher: Client | null = null;
  afterEach(async () => {
    client?.destroy();
    watcher?.destroy();
    client = watcher = null;
    await server?.close();
    server = null;
  });

  /** A protected board whose editor has drawn `count` shapes (every fifth a note with text). */
  async function boardWith(
    count: number,
    options = {},
  ): Promise<CreatedBoard & { board: BoardDoc }> {
    server = await startServer({ openRooms: false, ...options });
    const created = await createBoard(server.port);
    client = connectClient(server.url, created.roomId, new Y.Doc(), { token: created.links.edit });
    await client.synced();
    watcher = connectClient(server.url, created.roomId, new Y.Doc(), { token: created.links.view });
    await watcher.synced();
    const board = drawShapes(client.doc, count);
    board.setTitle('Plan: Q3 / Łódź');
    await settled();
    return { ...created, board };
  }

  /** Once another client has the editor's changes, the server has applied them. */
  const settled = () =>
    waitFor(
      () => equal(Y.encodeStateVector(watcher!.doc), Y.encodeStateVector(client!.doc)),
      'the server to relay the edits',
    );

  const api = (board: CreatedBoard, token: string | null) =>
    exportApi(server!.port, board.roomId, token);

  it('answers 401 without a valid token, and 200 to any member (viewers too) in each format', async () => {
    const board = await boardWith(10, { exportRequestsPerMinute: 1_000 });
    const other = await createBoard(server!.port);
    for (const format of FORMATS) {
      for (const token of [null, 'not-a-token', other.ownerToken, other.links.view]) {
        expect((await api(board, token).get(format)).status).toBe(401);
      }
      for (const token of [board.ownerToken, board.links.edit, board.links.view]) {
        const response = await api(board, token).get(format);
        expect(response.status).toBe(200);
        await response.arrayBuffer();
      }
      const byQuery = await api(board, board.links.view).getWithQuery(format);
      expect(byQuery.status).toBe(200);
      expect(byQuery.headers.get('content-disposition')).toBe(
        `attachment; filename="Plan Q3  __d_.${format}"; filename*=UTF-8''${encodeURIComponent(`Plan Q3  Łódź.${format}`)}`,
      );
      await byQuery.arrayBuffer();
    }
  });

  it('exports a PDF of one page with the notes\u2019 text as text', async () => {
    const board = await boardWith(30);
    const response = await api(board, board.links.view).get('pdf');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pages = await readPdf(new Uint8Array(await response.arrayBuffer()));
    expect(pages).toHaveLength(1);
    // Each note's text wraps in its narrow paper: one word a line.
    const words = pages[0].text.replace(/\s+/g, ' ');
    for (const i of [0, 5, 10, 15, 20]) expect(words).toContain(`note ${i}`);
  });

  it('paints the dark theme with ?theme=dark and refuses other themes', async () => {
    const board = await boardWith(3);
    const viewer = api(board, board.links.view);
    const light = await (await viewer.get('svg')).text();
    const dark = await (await viewer.get('svg', 'theme=dark')).text();
    expect(light).toContain('fill="#f8f9fa"');
    expect(dark).toContain('fill="#17181c"');
    // Ink drawn near-white on the dark canvas, as in the app.
    expect(dark).toContain('stroke="#e7e7ea"');
    const darkPng = readPng(
      Buffer.from(await (await viewer.get('png', 'theme=dark')).arrayBuffer()),
    );
    expect(darkPng.corner.slice(0, 3)).toEqual([0x17, 0x18, 0x1c]);
    const lightPng = readPng(Buffer.from(await (await viewer.get('png')).arrayBuffer()));
    expect(lightPng.corner.slice(0, 3)).toEqual([0xf8, 0xf9, 0xfa]);
    expect((await viewer.get('svg', 'theme=sepia')).status).toBe(400);
  });

  it('sizes the PNG at twice the SVG, and caps a huge board at 16 megapixels', async () => {
    const board = await boardWith(10);
    const viewer = api(board, board.links.view);
    const svg = await (await viewer.get('svg')).text();
    const [, w, h] = /width="([\d.]+)" height="([\d.]+)"/.exec(svg)!.map(Number);
    const small = readPng(Buffer.from(await (await viewer.get('png')).arrayBuffer()));
    expect(small.width).toBe(Math.round(w * 2));
    expect(small.height).toBe(Math.round(h * 2));
    // Two shapes far apart: a 6000 × 6000 board would be 144 MP at twice its size.
    board.board.updateShapes([{ id: board.board.allShapes()[1].id, geom: { x: 6_000, y: 6_000 } }]);
    await settled();
    const big = readPng(Buffer.from(await (await viewer.get('png')).arrayBuffer()));
    expect(big.width * big.height).toBeLessThanOrEqual(16_000_000);
    expect(big.width * big.height).toBeGreaterThan(15_000_000);
  });

  it('embeds the board\u2019s own pictures in SVG and PDF', async () => {
    const board = await boardWith(1);
    const file = png(4, 3);
    const uploaded = await uploadOk(assetsApi(server!.port, board.roomId, board.links.edit), file);
    board.board.createShapes([
      createShape({
        type: 'image',
        index: 'a1',
        geom: { x: 100, y: 100, width: 40, height: 30, rotation: 0 },
        asset: uploaded.id,
      }),
    ]);
    await settled();
    const viewer = api(board, board.links.view);
    const svg = await (await viewer.get('svg')).text();
    expect(svg).toContain(`href="data:image/png;base64,${file.toString('base64')}"`);
    const pdf = Buffer.from(await (await viewer.get('pdf')).arrayBuffer()).toString('latin1');
    expect(pdf).toMatch(/\/Subtype \/Image/);
  });

  it('answers 404 for a frame or a page, which boards do not have yet, and for an empty board', async () => {
    const board = await boardWith(2);
    const viewer = api(board, board.links.view);
    const frame = await viewer.get('pdf', 'frame=Intro');
    expect(frame.status).toBe(404);
    expect(((await frame.json()) as { error: string }).error).toMatch(/no frame named "Intro"/);
    expect((await viewer.get('svg', 'page=Page%201')).status).toBe(404);
    const empty = await createBoard(server!.port);
    expect((await api(empty, empty.links.view).get('svg')).status).toBe(404);
    expect(
      (
        await fetch(`http://127.0.0.1:${server!.port}/api/boards/${board.roomId}/export.pdf`, {
          method: 'POST',
          headers: { authorization: `Bearer ${board.ownerToken}` },
        })
      ).status,
    ).toBe(405);
  });

  it('exports a board of 5,000 shapes in each format, the PNG within its pixel and memory bounds', async () => {
    const board = await boardWith(5_000, {
      exportRequestsPerMinute: 1_000,
      exportMaxShapes: 5_000,
    });
    const viewer = api(board, board.links.view);
    const pdf = new Uint8Array(await (await viewer.get('pdf')).arrayBuffer());
    expect(await readPdf(pdf)).toHaveLength(1);
    const svg = await (await viewer.get('svg')).text();
    expect(svg.match(/<g /g)).toHaveLength(5_000);
    // The board is 1,000 × 8,000: at twice its size 32 MP, so the PNG is scaled to 16 MP.
    // Painted off the event loop, so its memory can be watched: 64 MB of pixels and the
    // rasteriser's own (about 160 MB measured); without the cap it would be twice that.
    const before = process.memoryUsage.rss();
    let peak = 0;
    const sampler = setInterval(
      () => (peak = Math.max(peak, process.memoryUsage.rss() - before)),
      5,
    );
    const png = readPng(Buffer.from(await (await viewer.get('png')).arrayBuffer()));
    clearInterval(sampler);
    expect(png.width * png.height).toBeLessThanOrEqual(16_000_000);
    expect(png.width * png.height).toBeGreaterThan(15_000_000);
    expect(peak).toBeLessThan(256 * 1024 * 1024);
  }, 60_000);

  it('limits exports per address (429 with retry-after) and refuses boards over the shape limit', async () => {
    const board = await boardWith(12, { exportRequestsPerMinute: 2, exportMaxShapes: 10 });
    const viewer = api(board, board.links.view);
    expect((await viewer.get('svg')).status).toBe(413);
    expect((await viewer.get('pdf')).status).toBe(413);
    const third = await viewer.get('png');
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});

const equal = (a: Uint8Array, b: Uint8Array) =>
  a.length === b.length && a.every((byte, i) => byte === b[i]);
