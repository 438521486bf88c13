import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

describe('drawing together in the browser', () => {
  const fixture = withApp();

  async function twoPeople() {
    const board = await createBoard(fixture.app);
    const alice = await fixture.person({ name: 'Alice Adams', color: '#e03131' });
    const bob = await fixture.person({ name: 'Bob Brown', color: '#2f9e44' });
    await BoardDriver.open(alice.page, board.editUrl);
    await BoardDriver.open(bob.page, board.editUrl);
    return { board, alice, bob };
  }

  it('two clicks at one spot make a double-click only when nothing else was pressed between them', async () => {
    const board = await createBoard(fixture.app);
    const { page } = await fixture.person({ name: 'Alice Adams' });
    await BoardDriver.open(page, board.editUrl);
    // Sent within one task, so both pairs fall well inside the double-click time.
    const clicks = (pressBetween: boolean, at: { x: number; y: number }) =>
      page.evaluate(
        ({ between, at }) => {
          const surface = document.querySelector('[data-testid="canvas"] canvas')!;
          const box = surface.getBoundingClientRect();
          const press = (target: Element, type: string, x: number, y: number) =>
            target.dispatchEvent(
              new PointerEvent(type, {
                bubbles: true,
                clientX: x,
                clientY: y,
                button: 0,
                buttons: type === 'pointerdown' ? 1 : 0,
                pointerId: 1,
                pointerType: 'mouse',
                isPrimary: true,
              }),
            );
          const x = box.left + at.x;
          const y = box.top + at.y;
          press(surface, 'pointerdown', x, y);
          press(surface, 'pointerup', x, y);
          if (between) {
            const toolbar = document.querySelector('[data-testid="zoom-in"]')!;
            press(toolbar, 'pointerdown', 0, 0);
            press(toolbar, 'pointerup', 0, 0);
          }
          press(surface, 'pointerdown', x, y);
          press(surface, 'pointerup', x, y);
          return window.__sketchroom!.editingId();
        },
        { between: pressBetween, at },
      );

    // A press on the toolbar between the clicks splits them: no text is started.
    expect(await clicks(true, { x: 300, y: 400 })).toBe(null);
    expect(await shapeCount(page)).toBe(0);
    // The same two clicks alone (somewhere else, so they pair with nothing before them) are a
    // double-click, which starts a text there.
    expect(await clicks(false, { x: 700, y: 250 })).not.toBe(null);
  });

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
    // Undo again: nothing of Alice's is left to undo, and Bob's rectangle must survive it.
    // Redo then brings hers back; had the second undo taken Bob's, one would be missing.
    await alice.page.keyboard.press('Control+z');
    await alice.page.keyboard.press('Control+Shift+z');
    await eventually(() => shapeCount(bob.page)).toBe(2);
    await eventually(() => shapeCount(alice.page)).toBe(2);
  });

  it('keeps a drawing made offline across a reload and merges it when back online', async () => {
    const { alice, bob } = await twoPeople();
    await drawRectangle(bob.page, [450, 250], [520, 320]);
    await eventually(() => shapeCount(alice.page)).toBe(1);

    await alice.context.setOffline(true);
    const aliceBoard = new BoardDriver(alice.page);
    await aliceBoard.expectStatus('offline', 15_000);
    const saved = await aliceBoard.savedUpdateCount();
    await drawRectangle(alice.page, [500, 300], [640, 420]);
    await drawRectangle(bob.page, [700, 500], [760, 560]);
    await eventually(() => shapeCount(alice.page)).toBe(2);
    // Reload only once the new rectangle is in the saved copy (its first update creates it).
    await eventually(() => aliceBoard.savedUpdateCount()).toBeGreaterThan(saved);

    // Reload while still offline: the board comes back from IndexedDB, edit included.
    await alice.page.reload();
    await eventually(() => shapeCount(alice.page)).toBe(2);
    expect(await shapeCount(bob.page)).toBe(2);

    await alice.context.setOffline(false);
    await aliceBoard.expectStatus('connected', 15_000);
    await eventually(() => shapeCount(alice.page)).toBe(3);
    await eventually(() => shapeCount(bob.page)).toBe(3);
  });

  it('copies and pastes through the browser’s clipboard events, which run the actions', async () => {
    const alice = await fixture.person();
    await BoardDriver.open(alice.page, (await createBoard(fixture.app)).editUrl);
    await drawRectangle(alice.page, [400, 300], [500, 380]);
    await eventually(() => shapeCount(alice.page)).toBe(1);
    // What the browser raises for Ctrl+C / Ctrl+V, with its own clipboard data.
    const copied = await alice.page.evaluate(() => {
      const clipboardData = new DataTransfer();
      const event = new ClipboardEvent('copy', { clipboardData, cancelable: true });
      document.dispatchEvent(event);
      return { text: clipboardData.getData('text/plain'), taken: event.defaultPrevented };
    });
    expect(copied.taken).toBe(true);
    expect(JSON.parse(copied.text)).toMatchObject({ shapes: [{ type: 'rect' }] });
    await alice.page.evaluate((text) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData, cancelable: true }));
    }, copied.text);
    await eventually(() => shapeCount(alice.page)).toBe(2);
  });

  it('exports the board as a non-empty PNG', async () => {
    const { alice } = await twoPeople();
    await drawRectangle(alice.page, [400, 300], [600, 450]);
    await alice.page.getByTestId('menu-button').click();
    const [download] = await Promise.all([
      alice.page.waitForEvent('download'),
      alice.page.getByTestId('export-png').click(),
    ]);
    const png = await readFile((await download.path())!);
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.byteLength).toBeGreaterThan(1000);
  });
});
