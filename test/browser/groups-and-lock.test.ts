import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drag, drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

interface DocShape {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  groups?: string[];
  locked?: boolean;
}

/** The shapes as the page's Y.Doc holds them (what a plain Yjs client reads), bottom to top. */
function docShapes(page: Page): Promise<DocShape[]> {
  return page.evaluate(() => {
    const shapes = window.__sketchroom!.doc().getMap('shapes') as Y.Map<Y.Map<unknown>>;
    return [...shapes.entries()]
      .map(([id, map]) => {
        const geom = map.get('geom') as { x: number; y: number; width: number; height: number };
        return {
          id,
          index: String(map.get('index')),
          x: geom.x,
          y: geom.y,
          width: geom.width,
          height: geom.height,
          groups: map.get('groups') as string[] | undefined,
          locked: map.get('locked') as boolean | undefined,
        };
      })
      .sort((a, b) => (a.index < b.index ? -1 : a.index > b.index ? 1 : a.id < b.id ? -1 : 1))
      .map(({ index: _index, ...shape }) => shape);
  });
}

async function shapeById(page: Page, id: string): Promise<DocShape> {
  const shape = (await docShapes(page)).find((s) => s.id === id);
  if (!shape) throw new Error(`no shape ${id}`);
  return shape;
}

const selectedIds = (page: Page) =>
  page.evaluate(() => [...window.__sketchroom!.selectedIds()].sort());

/** Where the middle of a shape is on this page's screen. */
async function centreOf(page: Page, id: string): Promise<[number, number]> {
  const s = await shapeById(page, id);
  const at = await page.evaluate(({ x, y }) => window.__sketchroom!.pageToScreen(x, y), {
    x: s.x + s.width / 2,
    y: s.y + s.height / 2,
  });
  return [at.x, at.y];
}

async function click(page: Page, at: [number, number], shift = false) {
  if (shift) await page.keyboard.down('Shift');
  await page.mouse.click(...at);
  if (shift) await page.keyboard.up('Shift');
}

const sorted = (ids: string[]) => [...ids].sort();

describe('groups and lock in the browser', () => {
  const fixture = withApp();

  async function twoPeople(bobScheme: 'light' | 'dark' = 'light') {
    const board = await createBoard(fixture.app);
    const alice = await fixture.person({ name: 'Alice Adams', color: '#e03131' });
    const bob = await fixture.person({
      name: 'Bob Brown',
      color: '#2f9e44',
      colorScheme: bobScheme,
    });
    await BoardDriver.open(alice.page, board.editUrl);
    await BoardDriver.open(bob.page, board.editUrl);
    return { alice: alice.page, bob: bob.page };
  }

  /** Rectangles drawn left to right at these x positions, all at y 300..380. */
  async function rectangles(page: Page, xs: number[]): Promise<string[]> {
    for (const x of xs) await drawRectangle(page, [x, 300], [x + 100, 380]);
    await eventually(() => shapeCount(page)).toBe(xs.length);
    return (await docShapes(page)).map((s) => s.id);
  }

  it("moves Alice's group as one when Bob drags one member, and Alice's undo ungroups", async () => {
    const { alice, bob } = await twoPeople();
    const [a, b, c] = await rectangles(alice, [300, 500, 700]);
    await click(alice, await centreOf(alice, a));
    await click(alice, await centreOf(alice, b), true);
    await alice.keyboard.press('Control+g');
    await eventually(async () => (await shapeById(bob, b)).groups?.length).toBe(1);
    const group = (await shapeById(bob, a)).groups;
    expect(group?.[0]).toMatch(/^group:/);
    expect((await shapeById(bob, b)).groups).toEqual(group);
    expect((await shapeById(bob, c)).groups).toBeUndefined();

    // On Bob's screen a click on one member selects the whole group.
    const before = await docShapes(bob);
    await click(bob, await centreOf(bob, b));
    await eventually(() => selectedIds(bob)).toEqual(sorted([a, b]));
    await screenshot(bob, 'groups-selected-group');
    // Alt holds snapping off, so the group moves by exactly the pointer's travel.
    const from = await centreOf(bob, b);
    await bob.keyboard.down('Alt');
    await drag(bob, from, [from[0] + 70, from[1] + 130]);
    await bob.keyboard.up('Alt');
    const moved = (id: string) => async () => {
      const now = await shapeById(alice, id);
      const then = before.find((s) => s.id === id)!;
      return { dx: now.x - then.x, dy: now.y - then.y };
    };
    await eventually(moved(a)).toEqual({ dx: 70, dy: 130 });
    expect(await moved(b)()).toEqual({ dx: 70, dy: 130 });
    expect(await moved(c)()).toEqual({ dx: 0, dy: 0 });

    // Alice's undo takes back her grouping, not Bob's move.
    await alice.keyboard.press('Escape');
    await alice.keyboard.press('Control+z');
    await eventually(async () => (await shapeById(bob, a)).groups).toBeUndefined();
    expect((await shapeById(bob, b)).groups).toBeUndefined();
    expect(await moved(a)()).toEqual({ dx: 70, dy: 130 });
    // Ungrouped, a click on Bob's side selects one rectangle.
    await click(bob, await centreOf(bob, a));
    await eventually(() => selectedIds(bob)).toEqual([a]);
  });

  it('nests groups, enters them by double-click, ungroups and duplicates with fresh ids', async () => {
    // Bob works in the dark theme, so the screenshots show the outlines there too.
    const { alice, bob } = await twoPeople('dark');
    const [a, b, c] = await rectangles(alice, [300, 500, 700]);
    await click(alice, await centreOf(alice, a));
    await click(alice, await centreOf(alice, b), true);
    await alice.keyboard.press('Control+g');
    await click(alice, await centreOf(alice, a));
    await click(alice, await centreOf(alice, c), true);
    await alice.keyboard.press('Control+g');
    await eventually(async () => (await shapeById(bob, a)).groups?.length).toBe(2);
    const [outer, inner] = (await shapeById(bob, a)).groups!;
    expect((await shapeById(bob, b)).groups).toEqual([outer, inner]);
    expect((await shapeById(bob, c)).groups).toEqual([outer]);

    // Bob: a click selects all three; double-clicks go one level in at a time.
    await click(bob, await centreOf(bob, c));
    await eventually(() => selectedIds(bob)).toEqual(sorted([a, b, c]));
    await bob.mouse.dblclick(...(await centreOf(bob, a)));
    await eventually(() => selectedIds(bob)).toEqual(sorted([a, b]));
    await screenshot(bob, 'groups-entered-group');
    await bob.mouse.dblclick(...(await centreOf(bob, a)));
    await eventually(() => selectedIds(bob)).toEqual([a]);
    await bob.keyboard.press('Escape');
    await eventually(() => selectedIds(bob)).toEqual(sorted([a, b]));
    await bob.keyboard.press('Escape');
    await eventually(() => selectedIds(bob)).toEqual(sorted([a, b, c]));

    // Ctrl+Shift+G takes off the outer group only.
    await bob.keyboard.press('Control+Shift+g');
    await eventually(async () => (await shapeById(alice, c)).groups).toBeUndefined();
    expect((await shapeById(alice, a)).groups).toEqual([inner]);
    expect((await shapeById(alice, b)).groups).toEqual([inner]);

    // Ctrl+D on the inner group: two copies in a new group of their own.
    await click(bob, await centreOf(bob, a));
    await eventually(() => selectedIds(bob)).toEqual(sorted([a, b]));
    await bob.keyboard.press('Control+d');
    await eventually(() => shapeCount(alice)).toBe(5);
    const copies = (await docShapes(alice)).filter((s) => ![a, b, c].includes(s.id));
    expect(copies).toHaveLength(2);
    expect(copies[0].groups).toHaveLength(1);
    expect(copies[1].groups).toEqual(copies[0].groups);
    expect(copies[0].groups).not.toEqual([inner]);
    await eventually(() => selectedIds(bob)).toEqual(sorted(copies.map((s) => s.id)));
    await screenshot(bob, 'groups-duplicated-group');
  });

  it('a locked shape is not selected or moved by a click or a drag until unlocked', async () => {
    const { alice, bob } = await twoPeople();
    const [locked, free] = await rectangles(alice, [300, 600]);
    await click(alice, await centreOf(alice, locked));
    await alice.keyboard.press('Control+Shift+l');
    await eventually(async () => (await shapeById(bob, locked)).locked).toBe(true);
    expect(await selectedIds(alice)).toEqual([]);
    const start = await shapeById(bob, locked);

    // Bob clicks and drags the locked rectangle, then drags the free one.
    const at = await centreOf(bob, locked);
    await click(bob, at);
    await drag(bob, at, [at[0] + 80, at[1] + 120]);
    const freeAt = await centreOf(bob, free);
    await click(bob, freeAt);
    await drag(bob, freeAt, [freeAt[0] + 40, freeAt[1] + 150]);
    // Once the later drag has reached Alice, the earlier ones would have too.
    await eventually(async () => (await shapeById(alice, free)).y).toBeGreaterThan(400);
    expect(await shapeById(alice, locked)).toEqual(start);
    expect(await shapeById(bob, locked)).toEqual(start);
    expect(await selectedIds(bob)).toEqual([free]);
    await screenshot(bob, 'lock-locked-shape');

    // Ctrl+Shift+L with the pointer on it (nothing selected) unlocks it for Bob.
    await bob.keyboard.press('Escape');
    await bob.mouse.move(...at);
    await bob.keyboard.press('Control+Shift+l');
    await eventually(async () => (await shapeById(alice, locked)).locked).toBeUndefined();
    await eventually(() => selectedIds(bob)).toEqual([locked]);
    await drag(bob, at, [at[0] + 50, at[1] + 60]);
    await eventually(async () => (await shapeById(alice, locked)).y).toBeGreaterThan(start.y);

    // Alice locks both; Bob's right-click on one offers Unlock, on the canvas Unlock all.
    await alice.keyboard.press('Control+a');
    await alice.keyboard.press('Control+Shift+l');
    await eventually(async () => (await docShapes(bob)).map((s) => s.locked)).toEqual([true, true]);
    await bob.mouse.click(...(await centreOf(bob, free)), { button: 'right' });
    await bob.getByTestId('context-unlock').click();
    await eventually(async () => (await shapeById(alice, free)).locked).toBeUndefined();
    expect((await shapeById(alice, locked)).locked).toBe(true);
    expect(await selectedIds(bob)).toEqual([free]);
    await bob.mouse.click(1000, 650, { button: 'right' });
    await bob.getByTestId('context-unlock-all').click();
    await eventually(async () => (await shapeById(alice, locked)).locked).toBeUndefined();
    await click(bob, await centreOf(bob, locked));
    await eventually(() => selectedIds(bob)).toEqual([locked]);
  });
});
