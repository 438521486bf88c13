import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createShape, indexesAbove, type Shape } from '../../packages/board-model/src/index.ts';
import { BoardDoc } from '../../packages/board-yjs/src/index.ts';
import { createBoard, type CreatedBoard } from '../support/app-server.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { encodePng, solidPng } from '../support/png.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { inkIn } from './support/canvas-ink.ts';
import { downloadExport } from './support/exports.ts';
import { canvasColorAt, imageColorAt, near, type Rgb } from './support/pixels.ts';
import type {} from '../../apps/web/src/canvas/inspector.ts';
import { withApp } from './support/with-app.ts';

const RED: Rgb = [224, 49, 49];
const BLUE: Rgb = [28, 126, 214];
const BOX = { x: 120, y: 140, width: 200, height: 150 };
const CENTRE = { x: BOX.x + BOX.width / 2, y: BOX.y + BOX.height / 2 };

const assetIdOf = (bytes: Buffer) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describe('images on the canvas and in exports', () => {
  const fx = withApp();

  /** Uploads through the HTTP API with the owner's token, as the app does. */
  async function upload(board: CreatedBoard, bytes: Buffer): Promise<string> {
    const response = await fetch(`${fx.app.url}/api/boards/${board.roomId}/assets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.ownerToken}`, 'content-type': 'image/png' },
      body: new Uint8Array(bytes),
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { id: string };
    expect(body.id).toBe(assetIdOf(bytes));
    return body.id;
  }

  /** An image shape written by a plain Yjs client, as a peer's would arrive. */
  async function writeImage(board: CreatedBoard, asset: string): Promise<void> {
    const client = await connectPlainClient(fx.app.url, board.roomId, board.editToken);
    try {
      const index = indexesAbove([], 1)[0]!;
      const shape: Shape = createShape({ type: 'image', index, geom: { ...BOX }, asset });
      new BoardDoc(client.doc).createShapes([shape]);
      // Written once a fresh client finds it on the server.
      await eventually(async () => {
        const reader = await connectPlainClient(fx.app.url, board.roomId, board.editToken);
        const found = new BoardDoc(reader.doc).getShape(shape.id) !== undefined;
        reader.close();
        return found;
      }).toBe(true);
    } finally {
      client.close();
    }
  }

  async function open(url: string, options = {}): Promise<Page> {
    const { page } = await fx.person(options);
    await BoardDriver.open(page, url);
    return page;
  }

  const colourAtCentre = (page: Page) => canvasColorAt(page, CENTRE.x, CENTRE.y);

  it('paints an uploaded picture where its shape is, for everyone on the board', async () => {
    const board = await createBoard(fx.app);
    const asset = await upload(board, solidPng(400, 300, RED));
    const first = await open(board.editUrl);
    await writeImage(board, asset);
    await eventually(async () => near(await colourAtCentre(first), RED)).toBe(true);
    // Left of the box is the empty canvas: the picture stays inside its shape.
    expect(await canvasColorAt(first, BOX.x - 20, CENTRE.y)).toBeNull();
    const second = await open(board.editUrl);
    await eventually(async () => near(await colourAtCentre(second), RED)).toBe(true);

    // Dragged, the picture leaves the still bitmap for the gesture layer and shows there.
    const from = await first.evaluate(
      ([x, y]) => window.__sketchroom!.pageToScreen(x, y),
      [CENTRE.x, CENTRE.y],
    );
    await first.mouse.move(from.x, from.y);
    await first.mouse.down();
    await first.mouse.move(from.x + 150, from.y + 100, { steps: 6 });
    await eventually(async () =>
      near(await canvasColorAt(first, CENTRE.x + 150, CENTRE.y + 100), RED),
    ).toBe(true);
    expect(await canvasColorAt(first, BOX.x + 10, BOX.y + 10)).toBeNull();
    await first.mouse.up();
  });

  it('exports a placeholder for a file that never comes, and says so', async () => {
    const board = await createBoard(fx.app);
    const page = await open(board.editUrl);
    await writeImage(board, assetIdOf(solidPng(10, 10, BLUE)));
    await eventually(() => inkIn(page, BOX)).toBeGreaterThan(50);
    const png = await downloadExport(page, 'export-png');
    await eventually(() => page.getByTestId('notice').textContent()).toMatch(
      /One image could not be loaded in time/,
    );
    // The placeholder's inside is the canvas colour, not the picture's.
    expect(near(await imageColorAt(page, png, 0.5, 0.5), BLUE)).toBe(false);
  });

  it('shows a placeholder while the file is not uploaded, then the picture', async () => {
    const board = await createBoard(fx.app);
    const bytes = solidPng(300, 200, BLUE);
    const page = await open(board.editUrl);
    await writeImage(board, assetIdOf(bytes));
    // The dashed outline, label and spinner: some ink, never the picture's colour.
    await eventually(() => inkIn(page, BOX)).toBeGreaterThan(50);
    expect(near(await colourAtCentre(page), BLUE)).toBe(false);
    await screenshot(page, 'image-placeholder');
    await upload(board, bytes);
    await eventually(async () => near(await colourAtCentre(page), BLUE), 20_000).toBe(true);
  });

  it('exports the picture in PNG, and embedded as a data URL in SVG', async () => {
    const board = await createBoard(fx.app);
    // Left half red, right half blue: the export must keep the picture the right way round.
    const bytes = encodePng(200, 100, (x) => (x < 100 ? RED : BLUE));
    const asset = await upload(board, bytes);
    const page = await open(board.editUrl);
    await writeImage(board, asset);
    await eventually(async () => near(await canvasColorAt(page, BOX.x + 40, CENTRE.y), RED)).toBe(
      true,
    );

    const png = await downloadExport(page, 'export-png');
    // The export is the box plus a margin: a quarter and three quarters across are inside.
    expect(near(await imageColorAt(page, png, 0.3, 0.5), RED)).toBe(true);
    expect(near(await imageColorAt(page, png, 0.7, 0.5), BLUE)).toBe(true);

    const svg = (await downloadExport(page, 'export-svg')).toString('utf8');
    const href = /<image [^>]*href="(data:image\/png;base64,[^"]+)"/.exec(svg)?.[1];
    expect(href).toBeDefined();
    expect(Buffer.from(href!.split(',')[1]!, 'base64').equals(bytes)).toBe(true);
    expect(near(await imageColorAt(page, href!, 0.25, 0.5), RED)).toBe(true);
    expect(near(await imageColorAt(page, href!, 0.75, 0.5), BLUE)).toBe(true);
  });

  it('looks right on a desktop and a phone, light and dark', async () => {
    const board = await createBoard(fx.app);
    const bytes = encodePng(400, 300, (x, y) => [(x * 255) / 400, (y * 255) / 300, 160]);
    await writeImage(board, await upload(board, bytes));
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [name, viewport] of [
        ['desktop', { width: 1280, height: 800 }],
        ['phone', { width: 375, height: 812 }],
      ] as const) {
        const page = await open(board.editUrl, { colorScheme, viewport });
        const expected = await imageColorAt(page, bytes, 0.5, 0.5);
        await eventually(async () => near(await colourAtCentre(page), expected, 12)).toBe(true);
        await screenshot(page, `image-${name}-${colorScheme}`);
      }
    }
  });
});
