import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  ARROW_HEADS,
  createShape,
  indexesAbove,
  ROUGHNESS_LEVELS,
  ROUTINGS,
  STROKE_STYLES,
  type Shape,
  type Style,
} from '../../packages/board-model/src/index.ts';
import { BoardDoc } from '../../packages/board-yjs/src/index.ts';
import { createBoard } from '../support/app-server.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

/** A shape's stored style, read from the page's own Y.Doc (what every peer receives). */
function storedStyle(page: Page, id: string): Promise<Partial<Style> | null> {
  return page.evaluate((shapeId) => {
    const shape = window.__sketchroom!.doc().getMap('shapes').get(shapeId) as
      { get(key: string): unknown } | undefined;
    return (shape?.get('style') as Partial<Style> | undefined) ?? null;
  }, id);
}

/** Clicks a page point (page coordinates) on the canvas. */
async function clickAt(page: Page, x: number, y: number) {
  const at = await page.evaluate(([px, py]) => window.__sketchroom!.pageToScreen(px, py), [x, y]);
  await page.mouse.click(at.x, at.y);
}

async function select(page: Page, shape: Shape, at: { x: number; y: number }) {
  await clickAt(page, shape.geom.x + at.x, shape.geom.y + at.y);
  await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds())).toEqual([
    shape.id,
  ]);
}

/** The shapes the tests style: a filled rectangle with a label, an arrow, a text. */
function boardShapes(): { rect: Shape; arrow: Shape; text: Shape } {
  const [a, b, c] = indexesAbove([], 3);
  const rect = createShape({
    type: 'rect',
    index: a,
    geom: { x: 200, y: 150, width: 200, height: 120 },
    style: { fill: '#a5d8ff', strokeWidth: 2 },
  });
  const arrow = createShape({
    type: 'arrow',
    index: b,
    geom: { x: 500, y: 150, width: 200, height: 0, points: [0, 0, 200, 0] },
    style: { strokeWidth: 2 },
  });
  const text = createShape({
    type: 'text',
    index: c,
    geom: { x: 200, y: 400, width: 160, height: 30 },
    style: { fontSize: 24 },
    text: 'Some words',
  });
  return { rect: { ...rect, text: 'Label' }, arrow, text };
}

describe('style panel: stroke style, sloppiness, font, arrowheads and routing', () => {
  const fixture = withApp();

  it('stores each choice on the selected shape, for a peer too, one undo step per pick', async () => {
    const board = await createBoard(fixture.app);
    const shapes = boardShapes();
    const token = new URL(board.editUrl).searchParams.get('token')!;
    const writer = await connectPlainClient(fixture.app.url, board.roomId, token);
    new BoardDoc(writer.doc).createShapes(Object.values(shapes), 'import');

    const alice = await fixture.person({ name: 'Alice' });
    const bob = await fixture.person({ name: 'Bob' });
    await BoardDriver.open(alice.page, board.editUrl);
    await BoardDriver.open(bob.page, board.editUrl);
    await eventually(() => shapeCount(alice.page)).toBe(3);
    const { page } = alice;

    const pickAndCheck = async (id: string, testId: string, expected: Partial<Style>) => {
      await page.getByTestId(testId).click();
      await eventually(() => storedStyle(page, id)).toMatchObject(expected);
      await expect.poll(() => page.getByTestId(testId).getAttribute('aria-pressed')).toBe('true');
      await eventually(() => storedStyle(bob.page, id)).toMatchObject(expected);
    };

    await select(page, shapes.rect, { x: 100, y: 30 });
    for (const value of STROKE_STYLES) {
      await pickAndCheck(shapes.rect.id, `stroke-style-${value}`, { strokeStyle: value });
    }
    for (const value of ROUGHNESS_LEVELS) {
      await pickAndCheck(shapes.rect.id, `roughness-${value}`, { roughness: value });
    }
    await pickAndCheck(shapes.rect.id, 'font-hand', { fontFamily: 'hand' });
    // A rectangle has no heads or routing to choose.
    expect(await page.getByTestId('end-head-dot').count()).toBe(0);
    await pickAndCheck(shapes.rect.id, 'stroke-style-dashed', { strokeStyle: 'dashed' });
    await pickAndCheck(shapes.rect.id, 'roughness-1', { roughness: 1 });
    await screenshot(page, 'style-controls-rect');

    // One pick is one undo step: undo takes back the roughness only.
    await page.keyboard.press('Control+z');
    await eventually(() => storedStyle(page, shapes.rect.id)).toMatchObject({
      roughness: 2,
      strokeStyle: 'dashed',
      fontFamily: 'hand',
    });

    await select(page, shapes.arrow, { x: 100, y: 0 });
    for (const kind of ARROW_HEADS) {
      await pickAndCheck(shapes.arrow.id, `start-head-${kind}`, { startHead: kind });
      await pickAndCheck(shapes.arrow.id, `end-head-${kind}`, { endHead: kind });
    }
    for (const value of ROUTINGS) {
      await pickAndCheck(shapes.arrow.id, `routing-${value}`, { routing: value });
    }
    await pickAndCheck(shapes.arrow.id, 'stroke-style-dotted', { strokeStyle: 'dotted' });
    await pickAndCheck(shapes.arrow.id, 'roughness-1', { roughness: 1 });
    await pickAndCheck(shapes.arrow.id, 'end-head-triangle', { endHead: 'triangle' });
    await screenshot(page, 'style-controls-arrow');

    await select(page, shapes.text, { x: 40, y: 15 });
    // Text has a font but no outline to dash.
    expect(await page.getByTestId('stroke-style-dashed').count()).toBe(0);
    await pickAndCheck(shapes.text.id, 'font-hand', { fontFamily: 'hand' });
    await pickAndCheck(shapes.text.id, 'font-sans', { fontFamily: 'sans' });
    await pickAndCheck(shapes.text.id, 'font-hand', { fontFamily: 'hand' });
    await screenshot(page, 'style-controls-text');
    writer.close();
  });

  it('draws the next shapes in the chosen style', async () => {
    const board = await createBoard(fixture.app);
    const person = await fixture.person();
    const { page } = person;
    await BoardDriver.open(page, board.editUrl);

    const drawWith = async (tool: string, picks: string[], from: number[], to: number[]) => {
      await page.getByTestId(`tool-${tool}`).click();
      // The panel folds into a button while a drawing tool is active; open it when folded.
      const toggle = page.getByTestId('style-toggle');
      if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') {
        await toggle.click();
      }
      for (const pick of picks) await page.getByTestId(pick).click();
      await page.mouse.move(from[0], from[1]);
      await page.mouse.down();
      await page.mouse.move((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, { steps: 4 });
      await page.mouse.move(to[0], to[1], { steps: 4 });
      await page.mouse.up();
    };
    const newest = () =>
      page.evaluate(() => {
        const shapes = window.__sketchroom!.doc().getMap('shapes');
        const all = [...shapes.values()] as { get(key: string): unknown }[];
        return all.map((s) => ({ type: s.get('type'), style: s.get('style') }));
      });

    await drawWith('rect', ['stroke-style-dotted', 'roughness-2'], [500, 300], [700, 420]);
    await eventually(() => shapeCount(page)).toBe(1);
    await drawWith(
      'arrow',
      ['start-head-bar', 'end-head-dot', 'routing-curved'],
      [500, 550],
      [800, 600],
    );
    await eventually(() => shapeCount(page)).toBe(2);
    const stored = await newest();
    const rect = stored.find((s) => s.type === 'rect')!;
    const arrow = stored.find((s) => s.type === 'arrow')!;
    expect(rect.style).toMatchObject({ strokeStyle: 'dotted', roughness: 2 });
    // Arrow choices are not planted on a rectangle.
    expect(rect.style).not.toHaveProperty('endHead');
    expect(arrow.style).toMatchObject({
      strokeStyle: 'dotted',
      roughness: 2,
      startHead: 'bar',
      endHead: 'dot',
      routing: 'curved',
    });
    await page.keyboard.press('Escape');
    await screenshot(page, 'style-controls-next-shapes');
  });

  it('keeps the hand-written font for offline use and draws hand text in it', async () => {
    const board = await createBoard(fixture.app);
    const [index] = indexesAbove([], 1);
    const text = createShape({
      type: 'text',
      index,
      geom: { x: 300, y: 300, width: 300, height: 50 },
      style: { fontSize: 40, fontFamily: 'hand' },
      text: 'Written by hand',
    });
    const token = new URL(board.editUrl).searchParams.get('token')!;
    const writer = await connectPlainClient(fixture.app.url, board.roomId, token);
    new BoardDoc(writer.doc).createShapes([text], 'import');
    const person = await fixture.person();
    const driver = await BoardDriver.open(person.page, board.editUrl);
    const { page } = person;
    await eventually(() => shapeCount(page)).toBe(1);
    await driver.offlineShellReady();
    // Both subsets, though the board uses only the first: the shell keeps what its CSS names.
    const cachedFonts = () =>
      page.evaluate(async () => {
        const names: string[] = [];
        for (const key of await caches.keys()) {
          for (const request of await (await caches.open(key)).keys()) {
            const file = new URL(request.url).pathname.split('/').pop() ?? '';
            if (file.endsWith('.woff2')) names.push(file.replace(/-[\w-]{8}\.woff2$/, ''));
          }
        }
        return names.sort();
      });
    await eventually(cachedFonts).toEqual([
      'caveat-latin-400-normal',
      'caveat-latin-ext-400-normal',
    ]);

    await person.context.setOffline(true);
    await page.reload();
    await driver.expectStatus('offline');
    await eventually(() => shapeCount(page)).toBe(1);
    const loaded = await page.evaluate(async () => {
      const faces = await document.fonts.load("40px 'Sketchroom Hand'", 'Written');
      return faces.length > 0 && document.fonts.check("40px 'Sketchroom Hand'", 'Written');
    });
    expect(loaded).toBe(true);
    await screenshot(page, 'style-controls-hand-font-offline');
    writer.close();
  });

  it('reaches the arrow choices on a phone, in the dark theme', async () => {
    const board = await createBoard(fixture.app);
    const { arrow } = boardShapes();
    const token = new URL(board.editUrl).searchParams.get('token')!;
    const writer = await connectPlainClient(fixture.app.url, board.roomId, token);
    new BoardDoc(writer.doc).createShapes(
      [{ ...arrow, geom: { ...arrow.geom, x: 80, y: 300 } }],
      'import',
    );
    const person = await fixture.person({
      viewport: { width: 375, height: 812 },
      colorScheme: 'dark',
    });
    const { page } = person;
    await BoardDriver.open(page, board.editUrl);
    await eventually(() => shapeCount(page)).toBe(1);
    await clickAt(page, 180, 300);
    await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds())).toEqual([
      arrow.id,
    ]);
    const toggle = page.getByTestId('style-toggle');
    if ((await toggle.count()) > 0 && (await toggle.getAttribute('aria-expanded')) !== 'true') {
      await toggle.click();
    }
    for (const [testId, expected] of [
      ['roughness-2', { roughness: 2 }],
      ['end-head-triangle', { endHead: 'triangle' }],
      ['start-head-dot', { startHead: 'dot' }],
      ['routing-curved', { routing: 'curved' }],
    ] as const) {
      await page.getByTestId(testId).scrollIntoViewIfNeeded();
      await page.getByTestId(testId).click();
      await eventually(() => storedStyle(page, arrow.id)).toMatchObject(expected);
    }
    await screenshot(page, 'style-controls-phone-dark');
    writer.close();
  });
});
