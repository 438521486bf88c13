import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';
import { connectPlainClient } from '../support/plain-client.ts';

type Rgb = [number, number, number];

const RED = '#e03131';
const GREEN = '#2f9e44';
const PURPLE = '#5f3dc4';

function rgbOf(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Runs in the page: waits, frame by frame, until the laser layer shows a trail of `color` with
 * at least `minPoints` points, then returns them and how many layer pixels are in that colour.
 * Checked every frame in the page itself, so a trail is caught during the second it shows.
 */
function awaitTrail({ color, rgb, minPoints }: { color: string; rgb: Rgb; minPoints: number }) {
  return new Promise<{ points: number; ink: number }>((resolve) => {
    const check = () => {
      const trail = window.__sketchroom?.laserTrails().find((t) => t.color === color);
      if (!trail || trail.points < minPoints) return requestAnimationFrame(check);
      // The layer paints on the frame after the trail arrived.
      requestAnimationFrame(() => {
        const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="laser-layer"]')!;
        const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 0; i < data.length; i += 4) {
          const near = Math.abs(data[i]! - rgb[0]) + Math.abs(data[i + 1]! - rgb[1]);
          if (data[i + 3]! > 64 && near + Math.abs(data[i + 2]! - rgb[2]) < 60) ink++;
        }
        resolve({ points: trail.points, ink });
      });
      return undefined;
    };
    check();
  });
}

/** Sees the trail of the person with `color`: returns a promise to await after they point. */
function watchForTrail(page: Page, color: string, minPoints = 10, rgb = rgbOf(color)) {
  return page.evaluate(awaitTrail, { color, rgb, minPoints });
}

/** Every painted pixel of the laser layer (none once all trails have faded). */
function laserInk(page: Page) {
  return page.evaluate(() => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-testid="laser-layer"]')!;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
    return ink;
  });
}

/** Resolves once every trail has faded, the layer is blank, and it asks for no more frames. */
async function expectFaded(page: Page) {
  await eventually(() => page.evaluate(() => window.__sketchroom!.laserTrails().length)).toBe(0);
  await eventually(() => page.evaluate(() => window.__sketchroom!.laserAnimating())).toBe(false);
  expect(await laserInk(page)).toBe(0);
}

/** Counts every change to the page's Y.Doc from now on (local or from the server). */
function countDocUpdates(page: Page) {
  return page.evaluate(() => {
    const doc = window.__sketchroom!.doc();
    const counter = { updates: 0 };
    doc.on('update', () => (counter.updates += 1));
    (window as unknown as { __docUpdates: typeof counter }).__docUpdates = counter;
  });
}

const docUpdates = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { __docUpdates: { updates: number } }).__docUpdates.updates,
  );

type Point = [number, number];

/**
 * Moves from `from` to `to` and back in small steps until `seen` settles: the person keeps
 * pointing until the other side has seen the trail, so no test races the one-second fade.
 */
async function sweepUntil(
  seen: Promise<unknown>,
  moveTo: (p: Point) => Promise<unknown>,
  from: Point,
  to: Point,
) {
  let settled = false;
  const settle = () => (settled = true);
  seen.then(settle, settle);
  for (let i = 1; !settled && i <= 2000; i++) {
    const phase = i % 24;
    const f = (phase <= 12 ? phase : 24 - phase) / 12;
    await moveTo([from[0] + (to[0] - from[0]) * f, from[1] + (to[1] - from[1]) * f]);
  }
}

/** Presses at `from` and sweeps towards `to` until `seen` settles, keeping the button down. */
async function pointUntil(page: Page, from: Point, to: Point, seen: Promise<unknown>) {
  await page.mouse.move(...from);
  await page.mouse.down();
  await sweepUntil(seen, (p) => page.mouse.move(...p), from, to);
}

describe('laser pointer', () => {
  const fixture = withApp();

  async function openTogether(colorScheme: 'light' | 'dark' = 'light') {
    const alice = await fixture.person({ name: 'Alice Adams', color: RED, colorScheme });
    const bob = await fixture.person({ name: 'Bob Brown', color: GREEN, colorScheme });
    await alice.page.goto(fixture.app.url);
    await alice.page.getByTestId('new-board').click();
    await alice.page.waitForURL(/\/r\//);
    const aliceBoard = new BoardDriver(alice.page);
    await aliceBoard.expectStatus('connected');
    const bobBoard = await BoardDriver.open(bob.page, alice.page.url());
    await eventually(() => bobBoard.peopleCount()).toBe(2);
    return { alice, bob, aliceBoard, bobBoard };
  }

  it("an editor's trail reaches the other person in their colour, fades away, and never touches the document", async () => {
    const { alice, bob, aliceBoard, bobBoard } = await openTogether();
    await drawRectangle(alice.page, [300, 250], [420, 330]);
    await eventually(() => shapeCount(bob.page)).toBe(1);
    const saved = [await aliceBoard.savedUpdateCount(), await bobBoard.savedUpdateCount()];
    await countDocUpdates(alice.page);
    await countDocUpdates(bob.page);

    await alice.page.keyboard.press('k');
    await eventually(() => alice.page.evaluate(() => window.__sketchroom!.toolState())).toBe(
      'laser.idle',
    );
    expect(await alice.page.getByTestId('tool-laser').getAttribute('aria-pressed')).toBe('true');
    const seen = watchForTrail(bob.page, RED);
    await pointUntil(alice.page, [500, 400], [800, 480], seen);
    const own = await alice.page.evaluate(() => window.__sketchroom!.laserTrails());
    expect(own).toEqual([{ owner: 'self', color: RED, points: expect.any(Number) }]);
    await screenshot(alice.page, 'laser-desktop-light');
    await alice.page.mouse.up();

    const { points, ink } = await seen;
    expect(points).toBeGreaterThanOrEqual(10);
    // A line from (500, 400) to (800, 480) at 4 px is over a thousand pixels, glow aside.
    expect(ink).toBeGreaterThan(500);

    await expectFaded(bob.page);
    await expectFaded(alice.page);
    expect(await shapeCount(alice.page)).toBe(1);
    expect(await shapeCount(bob.page)).toBe(1);
    expect(await docUpdates(alice.page)).toBe(0);
    expect(await docUpdates(bob.page)).toBe(0);
    expect([await aliceBoard.savedUpdateCount(), await bobBoard.savedUpdateCount()]).toEqual(saved);

    // The help panel lists it with the other tools.
    await alice.page.keyboard.press('?');
    const help = alice.page.getByTestId('help-panel');
    await eventually(() => help.isVisible()).toBe(true);
    expect(await help.textContent()).toMatch(/Laser pointer\s*K/);
    await screenshot(alice.page, 'laser-help-panel');
  });

  it('a viewer may point too, and the owner sees it (dark theme)', async () => {
    const owner = await fixture.person({ name: 'Olga Owner', color: GREEN, colorScheme: 'dark' });
    await owner.page.goto(fixture.app.url);
    await owner.page.getByTestId('new-board').click();
    await owner.page.waitForURL(/\/r\//);
    await new BoardDriver(owner.page).expectStatus('connected');
    await owner.page.getByTestId('share-button').click();
    const viewUrl = await owner.page.getByTestId('share-link-view').inputValue();
    await owner.page.keyboard.press('Escape');

    const viewer = await fixture.person({
      name: 'Vera Viewer',
      color: PURPLE,
      colorScheme: 'dark',
    });
    const viewerBoard = await BoardDriver.open(viewer.page, viewUrl);
    await eventually(() => viewerBoard.peopleCount()).toBe(2);
    // The view-only toolbar offers the laser.
    await viewer.page.getByTestId('tool-laser').click();
    expect(await viewer.page.evaluate(() => window.__sketchroom!.toolState())).toBe('laser.idle');

    const seen = watchForTrail(owner.page, PURPLE);
    await pointUntil(viewer.page, [400, 500], [700, 350], seen);
    await screenshot(viewer.page, 'laser-viewer-desktop-dark');
    await viewer.page.mouse.up();
    const { ink } = await seen;
    expect(ink).toBeGreaterThan(500);
    await screenshot(owner.page, 'laser-owner-sees-viewer-dark');
    await expectFaded(owner.page);
    expect(await shapeCount(owner.page)).toBe(0);
  });

  it('on a phone, a finger draws the trail and the person at the desk sees it', async () => {
    const { alice, bob } = await openTogether();
    const phone = await fixture.person({
      name: 'Pat Phone',
      color: PURPLE,
      viewport: { width: 375, height: 812 },
      hasTouch: true,
    });
    const phoneBoard = await BoardDriver.open(phone.page, alice.page.url());
    await eventually(() => phoneBoard.peopleCount()).toBe(3);
    await phone.page.getByTestId('tool-laser').tap();
    expect(await phone.page.evaluate(() => window.__sketchroom!.toolState())).toBe('laser.idle');

    const touch = await phone.page.context().newCDPSession(phone.page);
    const at = (x: number, y: number) => ({ touchPoints: [{ x, y }] });
    /** A finger on the phone's screen until the desk sees it; a screenshot while it is down. */
    const stroke = async (shot: string, seen: Promise<unknown>) => {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', ...at(80, 300) });
      const move = ([x, y]: Point) =>
        touch.send('Input.dispatchTouchEvent', { type: 'touchMove', ...at(x, y) });
      await sweepUntil(seen, move, [80, 300], [296, 444]);
      await screenshot(phone.page, shot);
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };

    const seen = watchForTrail(bob.page, PURPLE);
    await stroke('laser-phone-light', seen);
    expect((await seen).ink).toBeGreaterThan(200);
    await expectFaded(bob.page);
    await expectFaded(phone.page);

    // Again in the dark theme: a new stroke, seen again.
    await phone.page.getByTestId('theme-toggle').tap();
    const seenAgain = watchForTrail(bob.page, PURPLE);
    await stroke('laser-phone-dark', seenAgain);
    expect((await seenAgain).ink).toBeGreaterThan(200);
    await expectFaded(bob.page);
    expect(await shapeCount(alice.page)).toBe(0);
  });

  it("a hostile peer's laser is cut to its last 32 points, drawn in a neutral colour when its own is bogus, and fades though never cleared", async () => {
    const { alice, aliceBoard } = await openTogether();
    await alice.page.getByTestId('share-button').click();
    const viewUrl = await alice.page.getByTestId('share-link-view').inputValue();
    await alice.page.keyboard.press('Escape');
    const token = new URL(viewUrl).searchParams.get('token') ?? '';
    const mallory = await connectPlainClient(fixture.app.url, aliceBoard.roomId(), token);
    try {
      // 600 points, about 6 KB (under the server's 8 KiB per state): the last 32 run from
      // (600, 400) to the right, 10 apart; the rest lie far to the left.
      const points = Array.from({ length: 600 }, (_, i) => [600 + (i - 568) * 10, 400]).flat();
      const seen = watchForTrail(alice.page, 'not a colour', 20, [0x86, 0x8e, 0x96]);
      mallory.provider.awareness.setLocalState({
        user: { name: 'Mallory', color: 'not a colour' },
        cursor: null,
        selection: [],
        laser: { stroke: 7, count: 600, points },
      });
      const { points: shown, ink } = await seen;
      expect(shown).toBe(32);
      // 31 segments of 10 px at 4 px wide, in the neutral grey.
      expect(ink).toBeGreaterThan(600);
      await expectFaded(alice.page);
    } finally {
      mallory.close();
    }
  });
});
