import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, startAppServer, type AppServer } from './support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { launchBrowser, newPerson, screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';

describe('drawing together in the browser', () => {
  let app: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  async function twoPeople() {
    const board = await createBoard(app);
    const alice = await newPerson(browser, { name: 'Alice Adams', color: '#e03131' });
    const bob = await newPerson(browser, { name: 'Bob Brown', color: '#2f9e44' });
    await BoardDriver.open(alice.page, board.editUrl);
    await BoardDriver.open(bob.page, board.editUrl);
    return { board, alice, bob };
  }

  it("shows one person's rectangle and cursor to the other, and undo touches only your own shapes", async () => {
    const { alice, bob } = await twoPeople();
    await drawRectangle(alice.page, [400, 300], [600, 450]);
    await eventually(() => shapeCount(bob.page)).toBe(1);

    // Alice's cursor, with her name, moves on Bob's screen.
    await alice.page.mouse.move(700, 500, { steps: 3 });
    const cursor = bob.page.getByTestId('remote-cursor').filter({ hasText: 'Alice Adams' });
    await eventually(() => cursor.count()).toBe(1);
    await expect.poll(() => cursor.isVisible()).toBe(true);

    await drawRectangle(bob.page, [650, 550], [730, 620]);
    await eventually(() => shapeCount(alice.page)).toBe(2);
    await screenshot(bob.page, 'drawing-two-people');

    // Alice undoes: her rectangle goes for both, Bob's stays.
    await alice.page.keyboard.press('Escape');
    await alice.page.keyboard.press('Control+z');
    await eventually(() => shapeCount(alice.page)).toBe(1);
    await eventually(() => shapeCount(bob.page)).toBe(1);
    await alice.page.keyboard.press('Control+z');
    await alice.page.waitForTimeout(300);
    expect(await shapeCount(bob.page)).toBe(1);
    await alice.page.keyboard.press('Control+Shift+z');
    await eventually(() => shapeCount(bob.page)).toBe(2);
    await alice.context.close();
    await bob.context.close();
  });

  it('keeps a drawing made offline across a reload and merges it when back online', async () => {
    const { alice, bob } = await twoPeople();
    await drawRectangle(bob.page, [450, 250], [520, 320]);
    await eventually(() => shapeCount(alice.page)).toBe(1);

    await alice.context.setOffline(true);
    const aliceBoard = new BoardDriver(alice.page);
    await aliceBoard.expectStatus('offline', 15_000);
    await drawRectangle(alice.page, [500, 300], [640, 420]);
    await drawRectangle(bob.page, [700, 500], [760, 560]);
    await eventually(() => shapeCount(alice.page)).toBe(2);
    await alice.page.waitForTimeout(300);

    // Reload while still offline: the board comes back from IndexedDB, edit included.
    await alice.page.reload();
    await eventually(() => shapeCount(alice.page)).toBe(2);
    expect(await shapeCount(bob.page)).toBe(2);

    await alice.context.setOffline(false);
    await aliceBoard.expectStatus('connected', 15_000);
    await eventually(() => shapeCount(alice.page)).toBe(3);
    await eventually(() => shapeCount(bob.page)).toBe(3);
    await alice.context.close();
    await bob.context.close();
  });

  it('exports the board as a non-empty PNG', async () => {
    const { alice, bob } = await twoPeople();
    await drawRectangle(alice.page, [400, 300], [600, 450]);
    await alice.page.getByTestId('menu-button').click();
    const [download] = await Promise.all([
      alice.page.waitForEvent('download'),
      alice.page.getByTestId('export-png').click(),
    ]);
    const png = await readFile((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.byteLength).toBeGreaterThan(1000);
    await alice.context.close();
    await bob.context.close();
  });
});
