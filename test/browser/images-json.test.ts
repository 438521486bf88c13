import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createServer } from '../../apps/server/src/index.ts';
import { createLogger } from '../../apps/server/src/logger.ts';
import { builtAppDir, createBoard } from '../support/app-server.ts';
import { solidPng } from '../support/png.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { downloadExport } from './support/exports.ts';
import {
  assetIdOf,
  assetStatus,
  centreOf,
  dropFiles,
  imageShapes,
  pasteFiles,
  pngFile,
  type ImageShape,
} from './support/image-files.ts';
import { canvasColorAt, near, type Rgb } from './support/pixels.ts';
import { withApp } from './support/with-app.ts';

const RED: Rgb = [224, 49, 49];
const BLUE: Rgb = [28, 126, 214];
const GREEN: Rgb = [47, 158, 68];

interface ExportedBoard {
  shapes: ImageShape[];
  assets?: Record<string, { mimeType: string; data: string }>;
}

describe('images in board files, between boards and across a restart', () => {
  const fx = withApp();

  async function open(url: string): Promise<Page> {
    const { page } = await fx.person();
    await BoardDriver.open(page, url);
    return page;
  }

  const shows = async (page: Page, shape: ImageShape, colour: Rgb) => {
    const { x, y } = centreOf(shape);
    return near(await canvasColorAt(page, x, y), colour);
  };

  async function importFile(page: Page, json: unknown): Promise<void> {
    await page.getByTestId('menu-button').click();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('import-json').click(),
    ]);
    await chooser.setFiles([
      {
        name: 'board.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(json)),
      },
    ]);
  }

  it('a JSON export carries the image, and importing it elsewhere uploads it to that board', async () => {
    const first = await createBoard(fx.app);
    const alice = await open(first.editUrl);
    const red = solidPng(180, 120, RED);
    await pasteFiles(alice, [pngFile('red.png', red)]);
    await eventually(async () => (await imageShapes(alice)).length).toBe(1);

    const exported = JSON.parse(
      (await downloadExport(alice, 'export-json')).toString('utf8'),
    ) as ExportedBoard;
    const id = assetIdOf(red);
    expect(exported.shapes[0]!.asset).toBe(id);
    expect(exported.assets?.[id]?.mimeType).toBe('image/png');
    expect(Buffer.from(exported.assets![id]!.data, 'base64').equals(red)).toBe(true);

    // Carol has never seen the image: it can only come from the file. A second image whose
    // bytes do not match its id is refused and leaves no shape.
    const blue = solidPng(60, 60, BLUE);
    const forged = {
      ...exported.shapes[0]!,
      id: `${exported.shapes[0]!.id}x`,
      asset: assetIdOf(blue),
    };
    forged.geom = { ...forged.geom, x: forged.geom.x + 400 };
    const file = {
      ...exported,
      shapes: [...exported.shapes, forged],
      assets: {
        ...exported.assets,
        [assetIdOf(blue)]: {
          mimeType: 'image/png',
          data: solidPng(60, 60, GREEN).toString('base64'),
        },
      },
    };
    const second = await createBoard(fx.app);
    const carol = await open(second.editUrl);
    await importFile(carol, file);
    await eventually(() => carol.getByTestId('notice').textContent()).toContain('did not match');
    await eventually(async () => (await imageShapes(carol)).map((s) => s.asset)).toEqual([id]);
    const [shape] = await imageShapes(carol);
    await eventually(() => shows(carol, shape!, RED)).toBe(true);
    await eventually(async () => (await assetStatus(fx.app, second, id)).status).toBe(200);
    expect((await assetStatus(fx.app, second, assetIdOf(blue))).status).toBe(404);
  });

  it('a board file dropped anywhere on the page, even the toolbar, imports with its image', async () => {
    const first = await createBoard(fx.app);
    const alice = await open(first.editUrl);
    const bytes = solidPng(80, 80, BLUE);
    await pasteFiles(alice, [pngFile('blue.png', bytes)]);
    await eventually(async () => (await imageShapes(alice)).length).toBe(1);
    const file = await downloadExport(alice, 'export-json');

    const second = await createBoard(fx.app);
    const bob = await open(second.editUrl);
    const json = { name: 'board.json', mimeType: 'application/json', bytes: file };
    await dropFiles(bob, [json], [640, 90], '[data-testid="toolbar"]');
    await eventually(async () => (await imageShapes(bob)).length).toBe(1);
    const [shape] = await imageShapes(bob);
    expect(shape!.asset).toBe(assetIdOf(bytes));
    await eventually(() => shows(bob, shape!, BLUE)).toBe(true);
    await eventually(async () => (await assetStatus(fx.app, second, assetIdOf(bytes))).status).toBe(
      200,
    );
  });

  it('an image copied from one board and pasted into another is uploaded to the other', async () => {
    const first = await createBoard(fx.app);
    const second = await createBoard(fx.app);
    const alice = await open(first.editUrl);
    const bytes = solidPng(100, 100, GREEN);
    await pasteFiles(alice, [pngFile('green.png', bytes)]);
    await eventually(async () => (await imageShapes(alice)).length).toBe(1);
    // The browser's copy event, as Ctrl+C raises it, with the image selected.
    const copied = await alice.evaluate(() => {
      const data = new DataTransfer();
      document.body.dispatchEvent(
        new ClipboardEvent('copy', { clipboardData: data, bubbles: true }),
      );
      return data.getData('text/plain');
    });
    expect(copied).toContain(assetIdOf(bytes));

    await BoardDriver.open(alice, second.editUrl);
    expect((await assetStatus(fx.app, second, assetIdOf(bytes))).status).toBe(404);
    await alice.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.body.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
      );
    }, copied);
    await eventually(async () => (await imageShapes(alice)).length).toBe(1);
    await eventually(async () => (await assetStatus(fx.app, second, assetIdOf(bytes))).status).toBe(
      200,
    );
    const bob = await open(second.editUrl);
    const [shape] = await imageShapes(alice);
    await eventually(() => shows(bob, shape!, GREEN)).toBe(true);
  });

  it('an image survives a server restart', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'sketchroom-images-'));
    const start = (port: number) => {
      const server = createServer({
        port,
        host: '127.0.0.1',
        dataDir,
        staticDir: builtAppDir,
        logger: createLogger('silent'),
      });
      return server.listen().then((address) => ({ server, port: address.port }));
    };
    let running = await start(0);
    try {
      const app = { url: `http://127.0.0.1:${running.port}` };
      const board = await createBoard(app);
      const alice = await open(board.editUrl);
      const bytes = solidPng(140, 100, BLUE);
      await pasteFiles(alice, [pngFile('kept.png', bytes)]);
      await eventually(async () => (await imageShapes(alice)).length).toBe(1);
      const [shape] = await imageShapes(alice);
      await eventually(async () => (await assetStatus(app, board, shape!.asset!)).status).toBe(200);
      await alice.context().close();

      await running.server.close();
      running = await start(running.port);
      // Someone with no local copy sees it, from the restarted server.
      const bob = await open(board.editUrl);
      await eventually(async () => (await imageShapes(bob)).length).toBe(1);
      await eventually(() => shows(bob, shape!, BLUE)).toBe(true);
    } finally {
      await running.server.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
