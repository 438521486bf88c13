import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { encodePng, solidPng } from '../support/png.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
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
import { screenshot } from './support/browser.ts';
import { canvasColorAt, near, type Rgb } from './support/pixels.ts';
import { withApp } from './support/with-app.ts';

const RED: Rgb = [224, 49, 49];
const BLUE: Rgb = [28, 126, 214];

describe('adding images', () => {
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

  it('a pasted screenshot lands under the pointer, selected, and reaches the other person', async () => {
    const board = await createBoard(fx.app);
    const alice = await open(board.editUrl);
    const bob = await open(board.editUrl);
    const bytes = solidPng(240, 160, RED);
    await alice.mouse.move(600, 400);
    await pasteFiles(alice, [pngFile('screenshot.png', bytes)]);

    await eventually(async () => (await imageShapes(alice)).length).toBe(1);
    const [shape] = await imageShapes(alice);
    expect(shape!.asset).toBe(assetIdOf(bytes));
    expect(shape!.geom).toMatchObject({ width: 240, height: 160 });
    const { x, y } = centreOf(shape!);
    const screen = await alice.evaluate(
      ([px, py]) => window.__sketchroom!.pageToScreen(px, py),
      [x, y],
    );
    const canvasBox = (await alice.getByTestId('canvas').boundingBox())!;
    expect(Math.abs(screen.x + canvasBox.x - 600)).toBeLessThan(2);
    expect(Math.abs(screen.y + canvasBox.y - 400)).toBeLessThan(2);
    expect(await alice.evaluate(() => window.__sketchroom!.selectedIds())).toEqual([shape!.id]);
    // A selected picture offers its opacity, not a stroke or fill it does not have.
    await expect.poll(() => alice.getByTestId('opacity').count()).toBe(1);
    expect(await alice.getByTestId('stroke-width-2').count()).toBe(0);
    expect(await alice.getByTestId('fill-none').count()).toBe(0);
    await eventually(() => shows(alice, shape!, RED)).toBe(true);

    // Bob gets the shape and then the file, which the server now holds for this board.
    await eventually(() => shows(bob, shape!, RED)).toBe(true);
    const stored = await assetStatus(fx.app, board, shape!.asset!);
    expect(stored.status).toBe(200);
    expect(stored.bytes.equals(bytes)).toBe(true);

    // One undo step takes it away again, for both.
    await alice.keyboard.press('Control+z');
    await eventually(async () => (await imageShapes(bob)).length).toBe(0);
    await alice.keyboard.press('Control+Shift+z');
    await eventually(async () => (await imageShapes(bob)).length).toBe(1);

    await alice.reload();
    await new BoardDriver(alice).expectStatus('connected');
    await eventually(() => shows(alice, shape!, RED)).toBe(true);
  });

  it('an image on the system clipboard pastes with Ctrl+V', async () => {
    const board = await createBoard(fx.app);
    const { page } = await fx.person({ clipboardOrigin: fx.app.url });
    await BoardDriver.open(page, board.editUrl);
    const bytes = solidPng(90, 60, BLUE);
    // What a screenshot tool leaves: one PNG item (the browser re-encodes it on the way).
    await page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const blob = new Blob([data], { type: 'image/png' });
      await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    }, bytes.toString('base64'));
    await page.mouse.move(640, 420);
    await page.keyboard.press('Control+v');

    await eventually(async () => (await imageShapes(page)).length).toBe(1);
    const [shape] = await imageShapes(page);
    expect(shape!.geom).toMatchObject({ width: 90, height: 60 });
    await eventually(() => shows(page, shape!, BLUE)).toBe(true);
    await eventually(async () => (await assetStatus(fx.app, board, shape!.asset!)).status).toBe(
      200,
    );

    // The context menu's Paste reads the clipboard itself, and pastes where it was opened.
    await page.mouse.click(300, 600, { button: 'right' });
    await page.getByTestId('context-paste').click();
    await eventually(async () => (await imageShapes(page)).length).toBe(2);
    const [pasted] = await imageShapes(page);
    const { x, y } = centreOf(pasted!);
    const screen = await page.evaluate(
      ([px, py]) => window.__sketchroom!.pageToScreen(px, py),
      [x, y],
    );
    const canvasBox = (await page.getByTestId('canvas').boundingBox())!;
    expect(Math.abs(screen.x + canvasBox.x - 300)).toBeLessThan(2);
    expect(Math.abs(screen.y + canvasBox.y - 600)).toBeLessThan(2);
  });

  it('two dropped files land side by side where they were dropped', async () => {
    const board = await createBoard(fx.app);
    const alice = await open(board.editUrl);
    const bob = await open(board.editUrl);
    const red = solidPng(200, 200, RED);
    const blue = solidPng(300, 150, BLUE);
    await dropFiles(alice, [pngFile('red.png', red), pngFile('blue.png', blue)], [640, 420]);

    await eventually(async () => (await imageShapes(alice)).length).toBe(2);
    const [left, right] = await imageShapes(alice);
    expect(left!.asset).toBe(assetIdOf(red));
    expect(right!.asset).toBe(assetIdOf(blue));
    expect(left!.geom.x + left!.geom.width).toBeLessThanOrEqual(right!.geom.x);
    expect(right!.geom.width / right!.geom.height).toBeCloseTo(2);
    const selected = await alice.evaluate(() => window.__sketchroom!.selectedIds());
    expect(selected.sort()).toEqual([left!.id, right!.id].sort());

    await eventually(() => shows(bob, left!, RED)).toBe(true);
    await eventually(() => shows(bob, right!, BLUE)).toBe(true);
  });

  it('the toolbar picker adds an image in the middle of the view', async () => {
    const board = await createBoard(fx.app);
    const page = await open(board.editUrl);
    const bytes = solidPng(120, 90, BLUE);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByTestId('insert-image').click(),
    ]);
    await chooser.setFiles([{ name: 'photo.png', mimeType: 'image/png', buffer: bytes }]);

    await eventually(async () => (await imageShapes(page)).length).toBe(1);
    const [shape] = await imageShapes(page);
    const { x, y } = centreOf(shape!);
    const screen = await page.evaluate(
      ([px, py]) => window.__sketchroom!.pageToScreen(px, py),
      [x, y],
    );
    const canvasBox = (await page.getByTestId('canvas').boundingBox())!;
    expect(Math.abs(screen.x - canvasBox.width / 2)).toBeLessThan(2);
    expect(Math.abs(screen.y - canvasBox.height / 2)).toBeLessThan(2);
    await eventually(() => shows(page, shape!, BLUE)).toBe(true);
    await eventually(async () => (await assetStatus(fx.app, board, shape!.asset!)).status).toBe(
      200,
    );
  });

  it('files that are not images get a notice and leave nothing on the board', async () => {
    const board = await createBoard(fx.app);
    const page = await open(board.editUrl);
    const html = Buffer.from('<html><body><script>alert(1)</script></body></html>');
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    );
    await dropFiles(
      page,
      [
        { name: 'page.png', mimeType: 'image/png', bytes: html },
        { name: 'drawing.svg', mimeType: 'image/svg+xml', bytes: svg },
      ],
      [500, 400],
    );
    const notice = page.getByTestId('notice');
    await eventually(() => notice.textContent()).toContain('page.png is not an image');
    expect(await notice.textContent()).toContain('SVG images are not supported');

    // An image dropped after them is the only one on the board.
    const good = solidPng(50, 50, RED);
    await dropFiles(page, [pngFile('good.png', good)], [500, 400]);
    await eventually(async () => (await imageShapes(page)).map((s) => s.asset)).toEqual([
      assetIdOf(good),
    ]);
  });

  it('takes at most 20 files from one drop, and says so', async () => {
    const board = await createBoard(fx.app);
    const page = await open(board.editUrl);
    const files = Array.from({ length: 21 }, (_, i) =>
      pngFile(`tile-${i}.png`, solidPng(30, 30, [i * 10, 100, 200 - i * 5])),
    );
    await dropFiles(page, files, [640, 420]);
    await eventually(() => page.getByTestId('notice').textContent()).toContain(
      'Only 20 files can be added at once',
    );
    await eventually(async () => (await imageShapes(page)).length).toBe(20);
    const shapes = await imageShapes(page);
    expect(new Set(shapes.map((s) => s.asset)).size).toBe(20);
    for (let i = 1; i < shapes.length; i++) {
      expect(shapes[i - 1]!.geom.x + shapes[i - 1]!.geom.width).toBeLessThanOrEqual(
        shapes[i]!.geom.x,
      );
    }
  });

  it('a huge image is scaled down to the longest side before upload', async () => {
    const board = await createBoard(fx.app);
    const page = await open(board.editUrl);
    const wide = encodePng(5000, 100, (x) => (x < 2500 ? RED : BLUE));
    await pasteFiles(page, [pngFile('panorama.png', wide)]);

    await eventually(async () => (await imageShapes(page)).length).toBe(1);
    const [shape] = await imageShapes(page);
    expect(shape!.asset).not.toBe(assetIdOf(wide));
    // Fitted to the view, still 50:1.
    expect(shape!.geom.width / shape!.geom.height).toBeCloseTo(50, 0);
    await eventually(async () => (await assetStatus(fx.app, board, shape!.asset!)).status).toBe(
      200,
    );
    const { bytes } = await assetStatus(fx.app, board, shape!.asset!);
    expect(assetIdOf(bytes)).toBe(shape!.asset);
    // No transparency, so a JPEG: smaller than a PNG of a photo.
    expect([...bytes.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    const size = await page.evaluate(async (base64) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data]));
      return [bitmap.width, bitmap.height];
    }, bytes.toString('base64'));
    expect(size).toEqual([4096, 82]);
  });

  it('the picker flow looks right on a desktop and a phone, light and dark', async () => {
    const board = await createBoard(fx.app);
    const bytes = encodePng(320, 200, (x, y) => [(x * 255) / 320, (y * 255) / 200, 170]);
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const [name, viewport] of [
        ['desktop', { width: 1280, height: 800 }],
        ['phone', { width: 375, height: 812 }],
      ] as const) {
        const { page } = await fx.person({ colorScheme, viewport });
        await BoardDriver.open(page, board.editUrl);
        const before = (await imageShapes(page)).length;
        const button = page.getByTestId('insert-image');
        expect(await button.isVisible()).toBe(true);
        const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
        await chooser.setFiles([{ name: 'gradient.png', mimeType: 'image/png', buffer: bytes }]);
        await eventually(async () => (await imageShapes(page)).length).toBe(before + 1);
        await eventually(() => page.evaluate(() => window.__sketchroom!.imagesLoading())).toBe(0);
        await screenshot(page, `image-insert-${name}-${colorScheme}`);
      }
    }
  });
});
