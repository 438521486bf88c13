import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

interface Geom {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Every shape's geometry as the page's Y.Doc holds it, by id. */
function geoms(page: Page): Promise<Record<string, Geom>> {
  return page.evaluate(() => {
    const shapes = window.__sketchroom!.doc().getMap('shapes') as Y.Map<Y.Map<unknown>>;
    const result: Record<string, Geom> = {};
    for (const [id, shape] of shapes.entries()) {
      const { x, y, width, height } = shape.get('geom') as Geom;
      result[id] = { x, y, width, height };
    }
    return result;
  });
}

/** The geometries of `ids`, in that order. */
async function geomsOf(page: Page, ids: readonly string[]): Promise<Geom[]> {
  const all = await geoms(page);
  return ids.map((id) => all[id]!);
}

/** Ids in drawing order (the order their rectangles were drawn). */
async function idsInOrder(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const shapes = window.__sketchroom!.doc().getMap('shapes') as Y.Map<Y.Map<unknown>>;
    return [...shapes.entries()]
      .sort(([, a], [, b]) => (String(a.get('index')) < String(b.get('index')) ? -1 : 1))
      .map(([id]) => id);
  });
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(from[0] + (to[0] - from[0]) / 2, from[1] + (to[1] - from[1]) / 2, {
    steps: 5,
  });
  await page.mouse.move(...to, { steps: 5 });
}

/** Whether the overlay canvas shows the guide colour (#e8590c) at a screen point. */
function guideColourAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    ({ x, y }) => {
      const ratio = window.devicePixelRatio;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>('.sr-canvas canvas')) {
        const context = canvas.getContext('2d');
        if (!context) continue;
        // The guide is 1 px wide: look a pixel either side for it.
        const data = context.getImageData(Math.round(x * ratio) - 1, Math.round(y * ratio), 3, 1);
        for (let i = 0; i < data.data.length; i += 4) {
          const [r, g, b, a] = data.data.slice(i, i + 4);
          if (a > 100 && r > 180 && g > 60 && g < 130 && b < 60) return true;
        }
      }
      return false;
    },
    { x, y },
  );
}

describe('align, distribute and snapping in the browser', () => {
  const fixture = withApp();

  async function twoPeople() {
    const board = await createBoard(fixture.app);
    const alice = await fixture.person({ name: 'Alice Adams' });
    const bob = await fixture.person({ name: 'Bob Brown' });
    await BoardDriver.open(alice.page, board.editUrl);
    await BoardDriver.open(bob.page, board.editUrl);
    return { alice: alice.page, bob: bob.page };
  }

  it('aligns and distributes three rectangles to exact coordinates, for both people', async () => {
    const { alice, bob } = await twoPeople();
    await drawRectangle(alice, [300, 200], [400, 260]);
    await drawRectangle(alice, [500, 320], [620, 400]);
    await drawRectangle(alice, [380, 450], [440, 520]);
    await eventually(() => shapeCount(bob)).toBe(3);
    const ids = await idsInOrder(alice);
    const before = await geomsOf(alice, ids);
    expect(before.map((g) => [g.width, g.height])).toEqual([
      [100, 60],
      [120, 80],
      [60, 70],
    ]);
    await alice.keyboard.press('Escape');
    await alice.keyboard.press('Control+a');
    await expect.poll(() => alice.getByTestId('align-section').isVisible()).toBe(true);
    await screenshot(alice, 'align-section');
    // Each button against the selection's bounds as they are when it is pressed.
    const left = (g: Geom) => g.x;
    const right = (g: Geom) => g.x + g.width;
    const top = (g: Geom) => g.y;
    const bottom = (g: Geom) => g.y + g.height;
    const span = (all: Geom[], from: (g: Geom) => number, to: (g: Geom) => number) =>
      [Math.min(...all.map(from)), Math.max(...all.map(to))] as const;
    const checks: [string, (g: Geom) => number, (all: Geom[]) => number][] = [
      ['align-left', left, (all) => span(all, left, right)[0]],
      ['align-right', right, (all) => span(all, left, right)[1]],
      ['align-center', (g) => g.x + g.width / 2, (all) => sum(span(all, left, right)) / 2],
      ['align-top', top, (all) => span(all, top, bottom)[0]],
      ['align-bottom', bottom, (all) => span(all, top, bottom)[1]],
      ['align-middle', (g) => g.y + g.height / 2, (all) => sum(span(all, top, bottom)) / 2],
    ];
    for (const [button, line, target] of checks) {
      const expected = target(await geomsOf(alice, ids));
      await alice.getByTestId(button).click();
      const want = [expected, expected, expected];
      await eventually(async () => (await geomsOf(alice, ids)).map(line)).toEqual(want);
      await eventually(async () => (await geomsOf(bob, ids)).map(line)).toEqual(want);
    }
    // Each was one undo step: six undos put everything back.
    for (let i = 0; i < 6; i++) await alice.keyboard.press('Control+z');
    await eventually(() => geomsOf(alice, ids)).toEqual(before);
    await eventually(() => geomsOf(bob, ids)).toEqual(before);

    // By centre: first (x 300..400), third (60 wide), second (x 500..620). The outer two
    // stay; gaps (500 − 400 − 60) / 2 = 20 each.
    await alice.keyboard.press('Control+a');
    await alice.getByTestId('distribute-horizontally').click();
    const xs = (g: Geom[]) => [g[0]!.x, g[2]!.x, g[1]!.x];
    const rights = (g: Geom[]) => [g[0]!.x + g[0]!.width, g[2]!.x + g[2]!.width];
    await eventually(async () => {
      const g = await geomsOf(bob, ids);
      return xs(g)
        .slice(1)
        .map((x, i) => x - rights(g)[i]!);
    }).toEqual([20, 20]);
    expect(xs(await geomsOf(alice, ids))).toEqual([before[0]!.x, before[0]!.x + 120, before[1]!.x]);
    // Vertically: first (y 200..260), second (80 high), third (y 450..520): gaps 55.
    await alice.getByTestId('distribute-vertically').click();
    await eventually(async () => {
      const [a, b, c] = await geomsOf(bob, ids);
      return [b!.y - (a!.y + a!.height), c!.y - (b!.y + b!.height)];
    }).toEqual([55, 55]);
  });

  it('offers align in the phone bottom sheet, dark theme', async () => {
    const board = await createBoard(fixture.app);
    const { page } = await fixture.person({
      viewport: { width: 375, height: 812 },
      colorScheme: 'dark',
    });
    await BoardDriver.open(page, board.editUrl);
    const rectangles: [[number, number], [number, number]][] = [
      [
        [60, 260],
        [150, 320],
      ],
      [
        [200, 360],
        [300, 440],
      ],
    ];
    for (const [from, to] of rectangles) {
      await page.getByTestId('canvas').click({ position: { x: 20, y: 200 } });
      await page.keyboard.press('r');
      await page.mouse.move(...from);
      await page.mouse.down();
      await page.mouse.move(...to, { steps: 5 });
      await page.mouse.up();
    }
    await eventually(() => shapeCount(page)).toBe(2);
    await page.keyboard.press('Control+a');
    await page.getByTestId('style-toggle').click();
    await page.getByTestId('align-section').scrollIntoViewIfNeeded();
    await screenshot(page, 'align-phone-dark');
    await page.getByTestId('align-top').click();
    await eventually(async () => {
      const all = Object.values(await geoms(page));
      return all[0]!.y === all[1]!.y;
    }).toBe(true);
  });

  it("snaps a dragged rectangle to the grid (Ctrl+', size 20), remembered after a reload", async () => {
    const { alice, bob } = await twoPeople();
    await alice.getByTestId('canvas').click({ position: { x: 5, y: 700 } });
    await alice.keyboard.press("Control+'");
    await expect.poll(() => alice.getByTestId('canvas').getAttribute('data-grid')).toBe('20');
    await alice.getByTestId('menu-button').click();
    await alice.getByTestId('grid-size-40').click();
    await expect.poll(() => alice.getByTestId('canvas').getAttribute('data-grid')).toBe('40');
    await alice.getByTestId('grid-size-20').click();
    await expect
      .poll(() => alice.getByTestId('grid-size-20').getAttribute('aria-pressed'))
      .toBe('true');
    await screenshot(alice, 'grid-menu');
    await alice.keyboard.press('Escape');

    // Drawn with corners off the grid, it lands on it.
    await drawRectangle(alice, [313, 207], [446, 331]);
    await eventually(() => shapeCount(bob)).toBe(1);
    const [id] = await idsInOrder(alice);
    const drawn = (await geomsOf(alice, [id!]))[0]!;
    for (const value of Object.values(drawn)) expect(value % 20).toBe(0);

    // Dragged by (97, 53): the top-left goes to the nearest multiple of 20.
    const at = await alice.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
      x: drawn.x + 30,
      y: drawn.y + 30,
    });
    await drag(alice, [at.x, at.y], [at.x + 97, at.y + 53]);
    await alice.mouse.up();
    const want = {
      ...drawn,
      x: Math.round((drawn.x + 97) / 20) * 20,
      y: Math.round((drawn.y + 53) / 20) * 20,
    };
    await eventually(async () => (await geomsOf(bob, [id!]))[0]).toEqual(want);
    expect((await geomsOf(alice, [id!]))[0]).toEqual(want);
    await screenshot(alice, 'grid-on');

    await alice.reload();
    await new BoardDriver(alice).expectStatus('connected');
    await expect.poll(() => alice.getByTestId('canvas').getAttribute('data-grid')).toBe('20');
    // Bob never turned it on: his canvas shows dots.
    expect(await bob.getByTestId('canvas').getAttribute('data-grid')).toBeNull();
  });

  it('snaps a dragged edge onto a nearby shape with a guide line, and not while Alt is held', async () => {
    const { alice, bob } = await twoPeople();
    await drawRectangle(alice, [300, 150], [400, 210]);
    await drawRectangle(alice, [560, 400], [640, 460]);
    await eventually(() => shapeCount(bob)).toBe(2);
    const [top, moving] = await idsInOrder(alice);
    const [a, b] = await geomsOf(alice, [top!, moving!]);
    await alice.keyboard.press('Escape');

    // Drag the second so its left edge ends 3 px right of the first's.
    const grab = await alice.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
      x: b!.x + 20,
      y: b!.y + 20,
    });
    const dx = a!.x + 3 - b!.x;
    await drag(alice, [grab.x, grab.y], [grab.x + dx, grab.y - 100]);
    // While the button is down: the shape sits on the edge and the guide shows along it.
    await eventually(async () => (await geomsOf(alice, [moving!]))[0]!.x).toBe(a!.x);
    const guide = await alice.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
      x: a!.x,
      y: a!.y + a!.height + 40,
    });
    await expect.poll(() => guideColourAt(alice, guide.x, guide.y)).toBe(true);
    await screenshot(alice, 'snap-guide-drag');
    await alice.mouse.up();
    await eventually(async () => (await geomsOf(bob, [moving!]))[0]!.x).toBe(a!.x);
    await expect.poll(() => guideColourAt(alice, guide.x, guide.y)).toBe(false);

    // With Alt held the same drag keeps the 3 px.
    const start = (await geomsOf(alice, [moving!]))[0]!;
    const from = await alice.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
      x: start.x + 20,
      y: start.y + 20,
    });
    await alice.keyboard.down('Alt');
    await drag(alice, [from.x, from.y], [from.x + 150, from.y]);
    await alice.mouse.move(from.x + 3, from.y + 100, { steps: 5 });
    await alice.mouse.up();
    await alice.keyboard.up('Alt');
    await eventually(async () => (await geomsOf(bob, [moving!]))[0]!.x).toBe(a!.x + 3);
  });
  it('snaps a box midway between two neighbours in a row, marking the equal gaps', async () => {
    const { alice, bob } = await twoPeople();
    await drawRectangle(alice, [300, 300], [400, 360]);
    await drawRectangle(alice, [600, 300], [700, 360]);
    await drawRectangle(alice, [400, 500], [460, 560]);
    await eventually(() => shapeCount(bob)).toBe(3);
    const [left, right, middle] = await idsInOrder(alice);
    const [l, r, m] = await geomsOf(alice, [left!, right!, middle!]);
    await alice.keyboard.press('Escape');
    const midway = l!.x + l!.width + (r!.x - (l!.x + l!.width) - m!.width) / 2;
    const grab = await alice.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
      x: m!.x + 20,
      y: m!.y + 20,
    });
    // 4 px short of midway, 13 px below the row's top (no edge in reach).
    await drag(alice, [grab.x, grab.y], [grab.x + midway - 4 - m!.x, grab.y + l!.y + 13 - m!.y]);
    await eventually(async () => (await geomsOf(alice, [middle!]))[0]!.x).toBe(midway);
    const mark = await alice.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
      x: l!.x + l!.width + 10,
      y: l!.y + 13 + m!.height / 2,
    });
    await expect.poll(() => guideColourAt(alice, mark.x, mark.y)).toBe(true);
    await screenshot(alice, 'snap-gap-drag');
    await alice.mouse.up();
    await eventually(async () => (await geomsOf(bob, [middle!]))[0]!.x).toBe(midway);
  });

  it('snaps a resized edge onto a nearby shape edge', async () => {
    const { alice, bob } = await twoPeople();
    await drawRectangle(alice, [300, 150], [400, 210]);
    await drawRectangle(alice, [300, 300], [380, 360]);
    await eventually(() => shapeCount(bob)).toBe(2);
    const [top, lower] = await idsInOrder(alice);
    const [a, b] = await geomsOf(alice, [top!, lower!]);
    // The lower one is selected (just drawn): its right-middle handle sits 4 px out.
    const handle = await alice.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
      x: b!.x + b!.width,
      y: b!.y + b!.height / 2,
    });
    const target = a!.x + a!.width;
    await drag(
      alice,
      [handle.x + 4, handle.y],
      [handle.x + 4 + target - 3 - (b!.x + b!.width), handle.y],
    );
    const guide = await alice.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
      x: target,
      y: a!.y + a!.height + 40,
    });
    await expect.poll(() => guideColourAt(alice, guide.x, guide.y)).toBe(true);
    await alice.mouse.up();
    await eventually(async () => {
      const g = (await geomsOf(bob, [lower!]))[0]!;
      return Math.round((g.x + g.width) * 100) / 100;
    }).toBe(target);
    expect((await geomsOf(alice, [lower!]))[0]!.x).toBeCloseTo(b!.x, 6);
  });
});
