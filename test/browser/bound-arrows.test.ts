import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drag, drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

// Issue 11, item 1: an arrow drawn between two shapes is bound to them, and its
// stored points follow a shape whoever moves it, through undo, for a plain reader.

interface Stored {
  id: string;
  type: string;
  geom: { x: number; y: number; width: number; height: number; points?: number[] };
  binding?: { start?: { shape: string }; end?: { shape: string } };
}

/** The shapes as a plain Yjs reader of the page's doc sees them, by type. */
async function stored(page: Page): Promise<Stored[]> {
  return page.evaluate(() => {
    const shapes = window.__sketchroom!.doc().getMap('shapes');
    return [...shapes.entries()].map(([id, map]) => {
      const json = (map as { toJSON(): Record<string, unknown> }).toJSON();
      return { id, ...json } as unknown as Stored;
    });
  });
}

async function shape(page: Page, id: string): Promise<Stored> {
  const found = (await stored(page)).find((s) => s.id === id);
  if (!found) throw new Error(`${id} is not on the board`);
  return found;
}

function ends(arrow: Stored) {
  const { x, y, points = [] } = arrow.geom;
  const n = points.length;
  return {
    start: { x: x + points[0], y: y + points[1] },
    end: { x: x + points[n - 2], y: y + points[n - 1] },
  };
}

/** How far a point is from a shape's box (0 inside it). */
function gapTo(p: { x: number; y: number }, box: Stored['geom']): number {
  const dx = Math.max(box.x - p.x, 0, p.x - (box.x + box.width));
  const dy = Math.max(box.y - p.y, 0, p.y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

describe('arrows bound to shapes', () => {
  const fixture = withApp();

  it('follow a move by the other person, survive undo, follow an undo back and let go on delete', async () => {
    const board = await createBoard(fixture.app);
    const alice = await fixture.person({ name: 'Alice Adams', color: '#e03131' });
    const bob = await fixture.person({ name: 'Bob Brown', color: '#2f9e44' });
    await BoardDriver.open(alice.page, board.editUrl);
    await BoardDriver.open(bob.page, board.editUrl);

    // Alice: two rectangles, then an arrow from one to the other with the arrow tool.
    await drawRectangle(alice.page, [300, 300], [420, 380]);
    await drawRectangle(alice.page, [600, 300], [720, 380]);
    await eventually(() => shapeCount(alice.page)).toBe(2);
    const [a, b] = (await stored(alice.page)).sort((p, q) => p.geom.x - q.geom.x);
    await alice.page.keyboard.press('a');
    await alice.page.mouse.move(360, 340);
    await alice.page.mouse.down();
    await alice.page.mouse.move(500, 345, { steps: 4 });
    await alice.page.mouse.move(650, 350, { steps: 4 });
    await screenshot(alice.page, 'bound-arrows-hint');
    await alice.page.mouse.up();
    await eventually(() => shapeCount(bob.page)).toBe(3);
    const arrow = (await stored(alice.page)).find((s) => s.type === 'arrow')!;
    expect(arrow.binding?.start?.shape).toBe(a.id);
    expect(arrow.binding?.end?.shape).toBe(b.id);
    // Its ends sit just outside the rectangles, not where the mouse went down and up.
    expect(gapTo(ends(arrow).start, a.geom)).toBeGreaterThan(2);
    expect(gapTo(ends(arrow).start, a.geom)).toBeLessThan(8);
    expect(gapTo(ends(arrow).end, b.geom)).toBeLessThan(8);

    // Bob drags the second rectangle 200 down with the mouse.
    await bob.page.keyboard.press('Escape');
    await bob.page.keyboard.press('v');
    await drag(bob.page, [690, 365], [690, 565]);
    await eventually(async () => Math.round((await shape(alice.page, b.id)).geom.y)).toBe(500);
    const movedB = await shape(alice.page, b.id);
    const followed = await shape(alice.page, arrow.id);
    expect(gapTo(ends(followed).end, movedB.geom)).toBeLessThan(8);
    expect(ends(followed).end.y).toBeGreaterThan(480);
    expect(gapTo(ends(followed).start, a.geom)).toBeLessThan(8);
    expect(followed.binding).toEqual(arrow.binding);
    await screenshot(alice.page, 'bound-arrows-followed');

    // Alice moves her first rectangle and undoes that: the arrow is back and still bound.
    await alice.page.keyboard.press('Escape');
    await drag(alice.page, [315, 370], [315, 170]);
    await eventually(async () => Math.round((await shape(alice.page, a.id)).geom.y)).toBe(100);
    await eventually(async () => ends(await shape(alice.page, arrow.id)).start.y).toBeLessThan(200);
    await alice.page.keyboard.press('Control+z');
    await eventually(async () => Math.round((await shape(alice.page, a.id)).geom.y)).toBe(300);
    const afterUndo = await shape(alice.page, arrow.id);
    expect(afterUndo.binding).toEqual(arrow.binding);
    expect(gapTo(ends(afterUndo).start, a.geom)).toBeLessThan(8);
    expect(gapTo(ends(afterUndo).end, movedB.geom)).toBeLessThan(8);

    // Bob undoes his move: the rectangle goes back and the arrow follows it, for both.
    await bob.page.keyboard.press('Control+z');
    for (const page of [alice.page, bob.page]) {
      await eventually(async () => Math.round((await shape(page, b.id)).geom.y)).toBe(300);
      await eventually(async () =>
        gapTo(ends(await shape(page, arrow.id)).end, b.geom),
      ).toBeLessThan(8);
      expect((await shape(page, arrow.id)).binding).toEqual(arrow.binding);
    }

    // Alice deletes the second rectangle: the arrow stays where it is, its end let go.
    const before = await shape(alice.page, arrow.id);
    await alice.page.keyboard.press('Escape');
    await alice.page.mouse.click(705, 370);
    await eventually(() => alice.page.evaluate(() => window.__sketchroom!.selectedIds())).toEqual([
      b.id,
    ]);
    await alice.page.keyboard.press('Delete');
    for (const page of [alice.page, bob.page]) {
      await eventually(() => shapeCount(page)).toBe(2);
      const left = await shape(page, arrow.id);
      expect(left.binding).toEqual({ start: arrow.binding?.start });
      expect(left.geom).toEqual(before.geom);
    }
    await screenshot(bob.page, 'bound-arrows-deleted');
  });
  it('routes bound arrows elbow and curved, and keeps them so when a shape moves', async () => {
    const board = await createBoard(fixture.app);
    const alice = await fixture.person({ name: 'Alice Adams', color: '#e03131' });
    const { page } = alice;
    await BoardDriver.open(page, board.editUrl);
    await drawRectangle(page, [300, 300], [420, 380]);
    await page.keyboard.press('o');
    await drag(page, [600, 450], [720, 530]);
    await page.keyboard.press('d');
    await drag(page, [600, 150], [720, 230]);
    await eventually(() => shapeCount(page)).toBe(3);
    const byType = async (type: string) => (await stored(page)).filter((s) => s.type === type);
    const [ellipse] = await byType('ellipse');
    const [diamond] = await byType('diamond');

    // An elbow arrow to the ellipse and a curved one to the diamond, routed from the style panel.
    await page.keyboard.press('a');
    await drag(page, [360, 350], [660, 490]);
    await page.getByTestId('routing-elbow').click();
    await page.keyboard.press('a');
    await page.mouse.move(370, 330);
    await page.mouse.down();
    await page.mouse.move(660, 190, { steps: 8 });
    await screenshot(page, 'bound-arrows-hint-diamond');
    await page.mouse.up();
    await page.getByTestId('routing-curved').click();
    await eventually(async () => (await byType('arrow')).map((a) => a.geom.points?.length)).toEqual(
      [8, 6],
    );
    const [elbow, curved] = await byType('arrow');
    expect(elbow.binding?.end?.shape).toBe(ellipse.id);
    expect(curved.binding?.end?.shape).toBe(diamond.id);
    const rightAngled = (arrow: Stored) => {
      const p = arrow.geom.points ?? [];
      for (let i = 2; i + 1 < p.length; i += 2) {
        if (p[i] !== p[i - 2] && p[i + 1] !== p[i - 1]) return false;
      }
      return true;
    };
    expect(rightAngled(elbow)).toBe(true);
    // The elbow leaves the rectangle's right side and enters the ellipse from the left.
    expect(ends(elbow).start.x).toBeGreaterThan(420);
    expect(ends(elbow).end.x).toBeLessThan(600);
    expect(gapTo(ends(curved).end, diamond.geom)).toBeLessThan(30);

    // The curved arrow is still selected: drag its end handle from the diamond onto the ellipse.
    const handle = ends(curved).end;
    await drag(page, [handle.x, handle.y], [690, 510]);
    await eventually(async () => (await shape(page, curved.id)).binding?.end?.shape).toBe(
      ellipse.id,
    );
    expect((await shape(page, curved.id)).binding?.start).toEqual(curved.binding?.start);
    expect(gapTo(ends(await shape(page, curved.id)).end, ellipse.geom)).toBeLessThan(8);
    await screenshot(page, 'bound-arrows-routed');

    // Drag the ellipse down and left: the elbow stays right-angled and ends at it.
    await page.keyboard.press('Escape');
    await drag(page, [700, 500], [640, 600]);
    await eventually(async () => Math.round((await shape(page, ellipse.id)).geom.y)).toBe(550);
    const moved = await shape(page, ellipse.id);
    const rerouted = await shape(page, elbow.id);
    expect(rightAngled(rerouted)).toBe(true);
    expect(gapTo(ends(rerouted).end, moved.geom)).toBeLessThan(8);
    await page.getByTestId('theme-toggle').click();
    await screenshot(page, 'bound-arrows-routed-dark');
  });
});
