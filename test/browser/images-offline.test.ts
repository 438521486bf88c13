import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { solidPng } from '../support/png.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import {
  assetIdOf,
  assetStatus,
  centreOf,
  imageShapes,
  pasteFiles,
  pngFile,
  type ImageShape,
} from './support/image-files.ts';
import { canvasColorAt, near, type Rgb } from './support/pixels.ts';
import { withApp } from './support/with-app.ts';

const RED: Rgb = [224, 49, 49];
const GREEN: Rgb = [47, 158, 68];

describe('images offline', () => {
  const fx = withApp();

  const shows = async (page: Page, shape: ImageShape, colour: Rgb) => {
    const { x, y } = centreOf(shape);
    return near(await canvasColorAt(page, x, y), colour);
  };

  it('an image added offline shows at once and reaches the other person on reconnect', async () => {
    const board = await createBoard(fx.app);
    const alice = await fx.person();
    const aliceBoard = await BoardDriver.open(alice.page, board.editUrl);
    const bob = await fx.person();
    await BoardDriver.open(bob.page, board.editUrl);

    await alice.context.setOffline(true);
    await aliceBoard.expectStatus('offline');
    const bytes = solidPng(200, 120, RED);
    await alice.page.mouse.move(500, 400);
    await pasteFiles(alice.page, [pngFile('offline.png', bytes)]);
    await eventually(async () => (await imageShapes(alice.page)).length).toBe(1);
    const [shape] = await imageShapes(alice.page);
    // Shown from the local copy: the server has never seen it.
    await eventually(() => shows(alice.page, shape!, RED)).toBe(true);
    expect((await assetStatus(fx.app, board, assetIdOf(bytes))).status).toBe(404);
    expect(await imageShapes(bob.page)).toEqual([]);

    await alice.context.setOffline(false);
    await aliceBoard.expectStatus('connected');
    await eventually(() => shows(bob.page, shape!, RED), 20_000).toBe(true);
    const stored = await assetStatus(fx.app, board, assetIdOf(bytes));
    expect(stored.status).toBe(200);
    expect(stored.bytes.equals(bytes)).toBe(true);
  });

  it('an upload still owed when the page reloads offline is sent once it is back online', async () => {
    const board = await createBoard(fx.app);
    const alice = await fx.person();
    const aliceBoard = await BoardDriver.open(alice.page, board.editUrl);
    await aliceBoard.offlineShellReady();
    await alice.context.setOffline(true);
    await aliceBoard.expectStatus('offline');
    const saved = await aliceBoard.savedUpdateCount();
    const bytes = solidPng(160, 160, GREEN);
    await pasteFiles(alice.page, [pngFile('later.png', bytes)]);
    await eventually(async () => (await imageShapes(alice.page)).length).toBe(1);
    await eventually(() => aliceBoard.savedUpdateCount()).toBeGreaterThan(saved);

    await alice.page.reload();
    await eventually(async () => (await imageShapes(alice.page)).length).toBe(1);
    const [shape] = await imageShapes(alice.page);
    await eventually(() => shows(alice.page, shape!, GREEN)).toBe(true);
    expect((await assetStatus(fx.app, board, assetIdOf(bytes))).status).toBe(404);

    await alice.context.setOffline(false);
    await eventually(
      async () => (await assetStatus(fx.app, board, assetIdOf(bytes))).status,
      20_000,
    ).toBe(200);
    const bob = await fx.person();
    await BoardDriver.open(bob.page, board.editUrl);
    await eventually(() => shows(bob.page, shape!, GREEN)).toBe(true);
  });
});
