import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { encodePng, solidPng } from '../support/png.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import {
  assetIdOf,
  assetStatus,
  dropFiles,
  imageShapes,
  pasteFiles,
  pngFile,
} from './support/image-files.ts';
import { withApp } from './support/with-app.ts';

describe('images within the server limits', () => {
  // A small longest side and one image per board, so both limits are easy to reach.
  const fx = withApp({ server: { assetMaxSide: 64, assetMaxPerBoard: 1 } });

  async function open(url: string): Promise<Page> {
    const { page } = await fx.person();
    await BoardDriver.open(page, url);
    return page;
  }

  it("follows the server's longest side when scaling down", async () => {
    const board = await createBoard(fx.app);
    const page = await open(board.editUrl);
    // Transparent-free, so it becomes a JPEG of 64 × 32.
    const bytes = encodePng(200, 100, (x) => (x < 100 ? [200, 0, 0] : [0, 0, 200]));
    await pasteFiles(page, [pngFile('wide.png', bytes)]);
    await eventually(async () => (await imageShapes(page)).length).toBe(1);
    const [shape] = await imageShapes(page);
    expect(shape!.geom).toMatchObject({ width: 64, height: 32 });
    await eventually(async () => (await assetStatus(fx.app, board, shape!.asset!)).status).toBe(
      200,
    );
  });

  it('an image the server refuses leaves the board with a notice; the one it took stays', async () => {
    const board = await createBoard(fx.app);
    const page = await open(board.editUrl);
    const first = solidPng(40, 40, [0, 160, 0]);
    await pasteFiles(page, [pngFile('first.png', first)]);
    await eventually(async () => (await assetStatus(fx.app, board, assetIdOf(first))).status).toBe(
      200,
    );

    await pasteFiles(page, [pngFile('second.png', solidPng(40, 40, [0, 0, 160]))]);
    await eventually(() => page.getByTestId('notice').textContent()).toContain(
      'second.png was refused',
    );
    await eventually(async () => (await imageShapes(page)).map((s) => s.asset)).toEqual([
      assetIdOf(first),
    ]);
  });

  it('a viewer cannot add images', async () => {
    const board = await createBoard(fx.app);
    const page = await open(board.viewUrl);
    expect(await page.getByTestId('insert-image').count()).toBe(0);
    const bytes = solidPng(20, 20, [9, 9, 9]);
    await dropFiles(page, [pngFile('sneaky.png', bytes)], [400, 400]);
    await eventually(() => page.getByTestId('notice').textContent()).toContain('view-only');
    expect(await imageShapes(page)).toEqual([]);
    expect((await assetStatus(fx.app, board, assetIdOf(bytes))).status).toBe(404);
    // Pasting is refused the same way.
    await eventually(() => page.getByTestId('notice').count(), 15_000).toBe(0);
    await pasteFiles(page, [pngFile('sneaky.png', bytes)]);
    await eventually(() => page.getByTestId('notice').count()).toBe(1);
    expect(await page.getByTestId('notice').textContent()).toContain('view-only');
  });
});
