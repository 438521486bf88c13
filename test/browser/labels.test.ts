import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../support/app-server.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot, type PersonOptions } from './support/browser.ts';
import { inkIn, innerBox, type Box } from './support/canvas-ink.ts';
import { docShapes } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

// Labels in shapes and on arrows (issue 11, item 2), sticky notes that grow, and
// text that is re-measured when its font changes, tried by two people at once.

interface DocShape {
  id: string;
  type: string;
  text?: string;
  geom: Box & { rotation: number };
  style: { fontSize?: number; fontFamily?: string };
}

async function docShape(page: Page, id: string): Promise<DocShape | undefined> {
  return (await docShapes<DocShape>(page)).find((s) => s.id === id);
}

const editingId = (page: Page) => page.evaluate(() => window.__sketchroom!.editingId());

async function toScreen(page: Page, x: number, y: number): Promise<[number, number]> {
  const at = await page.evaluate(([px, py]) => window.__sketchroom!.pageToScreen(px, py), [x, y]);
  return [at.x, at.y];
}

/** Draws with a toolbar tool and returns the new shape's id. */
async function draw(page: Page, tool: string, from: [number, number], to: [number, number]) {
  const before = new Set((await docShapes<DocShape>(page)).map((s) => s.id));
  await page.getByTestId(`tool-${tool}`).click();
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, { steps: 4 });
  await page.mouse.move(...to, { steps: 4 });
  await page.mouse.up();
  let id: string | undefined;
  await eventually(async () => {
    id = (await docShapes<DocShape>(page)).find((s) => !before.has(s.id))?.id;
    return id;
  }).toBeDefined();
  return id!;
}

describe('labels, notes and re-measured text', () => {
  const fixture = withApp();

  async function twoPeople(options: PersonOptions = {}) {
    const board = await createBoard(fixture.app);
    const alice = await fixture.person({ name: 'Alice Adams', color: '#e03131', ...options });
    const bob = await fixture.person({ name: 'Bob Brown', color: '#2f9e44', ...options });
    await BoardDriver.open(alice.page, board.editUrl);
    await BoardDriver.open(bob.page, board.editUrl);
    return { board, alice: alice.page, bob: bob.page };
  }

  async function openLabel(page: Page, id: string) {
    const shape = (await docShape(page, id))!;
    const { x, y, width, height } = shape.geom;
    await page.mouse.dblclick(...(await toScreen(page, x + width / 2, y + height / 2)));
    await eventually(() => editingId(page)).toBe(id);
  }

  it('a label typed by Alice in a rectangle shows on Bob’s canvas, centred in it', async () => {
    const { alice, bob } = await twoPeople();
    const rect = await draw(alice, 'rect', [400, 300], [640, 420]);
    await eventually(() => docShape(bob, rect)).toBeDefined();
    const geom = (await docShape(bob, rect))!.geom;
    expect(await inkIn(bob, innerBox(geom))).toBe(0);

    await openLabel(alice, rect);
    await alice.keyboard.type('Start here');
    await eventually(async () => (await docShape(bob, rect))?.text).toBe('Start here');
    await eventually(() => inkIn(bob, innerBox(geom))).toBeGreaterThan(40);
    // Centred: as much ink left of the middle as right of it, give or take a glyph.
    const half = { ...innerBox(geom), width: geom.width / 4 };
    const left = await inkIn(bob, half);
    const right = await inkIn(bob, { ...half, x: half.x + half.width });
    expect(Math.abs(left - right)).toBeLessThan(0.35 * (left + right));
    await screenshot(bob, 'labels-rect-bob');

    await alice.keyboard.press('Escape');
    await eventually(() => editingId(alice)).toBe(null);
    // The label moves with its shape: Bob drags the rectangle away.
    const [cx, cy] = await toScreen(bob, geom.x + geom.width / 2, geom.y + 10);
    await bob.mouse.move(cx, cy);
    await bob.mouse.down();
    await bob.mouse.move(cx + 100, cy + 150, { steps: 5 });
    await bob.mouse.up();
    await eventually(async () => (await docShape(alice, rect))?.geom.y).toBeGreaterThan(
      geom.y + 100,
    );
    const moved = (await docShape(alice, rect))!.geom;
    await eventually(() => inkIn(alice, innerBox(moved))).toBeGreaterThan(40);
    expect(await inkIn(alice, { ...innerBox(geom), width: 50 })).toBe(0);
  });

  it('two people typing in one label at once both keep their words', async () => {
    const { alice, bob } = await twoPeople();
    const rect = await draw(alice, 'rect', [400, 300], [700, 460]);
    await openLabel(alice, rect);
    await alice.keyboard.type('middle');
    await eventually(async () => (await docShape(bob, rect))?.text).toBe('middle');
    await openLabel(bob, rect);
    // Bob types before Alice's word, Alice after it, at the same time.
    await bob.keyboard.press('Home');
    await Promise.all([
      alice.keyboard.type(' alice-end', { delay: 15 }),
      bob.keyboard.type('bob-start ', { delay: 15 }),
    ]);
    const merged = 'bob-start middle alice-end';
    await eventually(async () => (await docShape(alice, rect))?.text).toBe(merged);
    await eventually(async () => (await docShape(bob, rect))?.text).toBe(merged);
    // Each editor shows the merged text, too.
    expect(await alice.getByTestId('text-editor').inputValue()).toBe(merged);
    expect(await bob.getByTestId('text-editor').inputValue()).toBe(merged);
  });

  it('a long label grows its rectangle in the document, for everyone', async () => {
    const { alice, bob } = await twoPeople();
    const rect = await draw(alice, 'rect', [400, 300], [560, 350]);
    const before = (await docShape(alice, rect))!.geom;
    await openLabel(alice, rect);
    await alice.keyboard.type('A label far too long for this little box, so it wraps and grows');
    await eventually(async () => (await docShape(bob, rect))?.geom.height).toBeGreaterThan(
      before.height + 40,
    );
    const after = (await docShape(bob, rect))!;
    // It grew downwards: the top-left corner and the width stay.
    expect([after.geom.x, after.geom.y, after.geom.width]).toEqual([
      before.x,
      before.y,
      before.width,
    ]);
    // The lines, wrapped as the app wraps them, fit inside the grown box.
    const fits = await alice.evaluate((h) => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-testid="text-editor"]')!;
      return area.scrollHeight <= h;
    }, after.geom.height);
    expect(fits).toBe(true);
    await screenshot(alice, 'labels-grown-rect-editing');
    await alice.keyboard.press('Escape');
    await screenshot(bob, 'labels-grown-rect');
  });

  it('Enter on a selected ellipse opens its label; an arrow’s label sits on its middle', async () => {
    const { alice, bob } = await twoPeople();
    const ellipse = await draw(alice, 'ellipse', [400, 250], [620, 400]);
    await alice.keyboard.press('Escape');
    await alice.getByTestId('tool-select').click();
    await alice.mouse.click(510, 325);
    await eventually(() => alice.evaluate(() => window.__sketchroom!.selectedIds())).toEqual([
      ellipse,
    ]);
    await alice.keyboard.press('Enter');
    await eventually(() => editingId(alice)).toBe(ellipse);
    await alice.keyboard.type('Decide');
    await alice.keyboard.press('Escape');
    await eventually(async () => (await docShape(bob, ellipse))?.text).toBe('Decide');

    const arrow = await draw(alice, 'arrow', [700, 300], [1000, 300]);
    await alice.keyboard.press('Escape');
    await alice.getByTestId('tool-select').click();
    await alice.mouse.click(850, 300);
    await alice.keyboard.press('Enter');
    await eventually(() => editingId(alice)).toBe(arrow);
    await alice.keyboard.type('yes');
    await alice.keyboard.press('Escape');
    await eventually(async () => (await docShape(bob, arrow))?.text).toBe('yes');
    // Alice lets go of the arrow, so only the arrow itself is drawn on Bob's canvas.
    await alice.keyboard.press('Escape');
    await eventually(() => alice.evaluate(() => window.__sketchroom!.selectedIds())).toEqual([]);
    // At the middle of the arrow, on an opaque patch hiding the line: the bare 2-pixel line
    // would paint under 100 of this box's 1,120 pixels.
    const a = (await docShape(bob, arrow))!.geom;
    const middle = { x: a.x + a.width / 2 - 20, y: a.y + a.height / 2 - 14, width: 40, height: 28 };
    await eventually(() => inkIn(bob, middle)).toBeGreaterThan(700);
    const aside = { ...middle, x: middle.x + 80 };
    expect(await inkIn(bob, aside)).toBeLessThan(120);
    await screenshot(bob, 'labels-ellipse-arrow-light');
  });

  it('a bigger font re-measures a text: the stored width holds the text, for every reader', async () => {
    const { alice, bob } = await twoPeople();
    await alice.getByTestId('tool-text').click();
    await alice.mouse.click(420, 300);
    await eventually(() => editingId(alice)).not.toBe(null);
    const text = (await editingId(alice))!;
    await alice.keyboard.type('Styled text');
    await alice.keyboard.press('Escape');
    await alice.mouse.click(430, 300);
    await eventually(() => alice.evaluate(() => window.__sketchroom!.selectedIds())).toEqual([
      text,
    ]);
    await alice.getByTestId('font-size-XL').click();
    await eventually(async () => (await docShape(bob, text))?.style.fontSize).toBe(40);
    const stored = (await docShape(bob, text))!.geom;
    // What the text measures at its new size in this browser's fonts.
    const measured = await bob.evaluate(() => {
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `40px system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif`;
      return context.measureText('Styled text').width;
    });
    expect(stored.width).toBeGreaterThanOrEqual(measured);
    expect(stored.width).toBeLessThan(measured + 6);
    expect(stored.height).toBe(50);
    // Nothing past the box's end is painted: the last letter is inside it. (Alice lets go of
    // the text first, so her selection's outline is not drawn on Bob's canvas.)
    await alice.keyboard.press('Escape');
    const beyond = {
      x: stored.x + stored.width + 2,
      y: stored.y,
      width: 60,
      height: stored.height,
    };
    await eventually(() => inkIn(bob, beyond)).toBe(0);
    // And the text reaches close to that end: the box is not merely wide.
    const lastLetters = { ...beyond, x: stored.x + stored.width - 16, width: 14 };
    expect(await inkIn(bob, lastLetters)).toBeGreaterThan(20);
    await screenshot(bob, 'labels-remeasured-text');

    // The hand-written font is narrower: picking it re-measures the box to its width.
    await alice.mouse.click(stored.x + 20, stored.y + stored.height / 2);
    await alice.getByTestId('font-hand').click();
    await eventually(async () => (await docShape(bob, text))?.style.fontFamily).toBe('hand');
    const handWidth = await bob.evaluate(async () => {
      const font = `40px 'Sketchroom Hand', 'Comic Sans MS', cursive`;
      await document.fonts.load(font);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = font;
      return context.measureText('Styled text').width;
    });
    expect(handWidth).toBeLessThan(measured - 20);
    await eventually(async () => (await docShape(bob, text))?.geom.width).toBeGreaterThanOrEqual(
      handWidth,
    );
    expect((await docShape(bob, text))!.geom.width).toBeLessThan(handWidth + 6);
  });

  it('a long sticky note wraps inside and grows as it is typed, and for the other person', async () => {
    const { alice, bob } = await twoPeople({ colorScheme: 'dark' });
    await alice.getByTestId('tool-note').click();
    await alice.mouse.click(500, 300);
    await eventually(() => editingId(alice)).not.toBe(null);
    const note = (await editingId(alice))!;
    const before = (await docShape(alice, note))!.geom;
    await alice.keyboard.type(
      'Remember to bring the big whiteboard markers, the sticky notes and enough coffee for everyone',
    );
    await eventually(async () => (await docShape(bob, note))?.geom.height).toBeGreaterThan(
      before.height,
    );
    const grown = (await docShape(bob, note))!.geom;
    expect(grown.width).toBe(before.width);
    // Nothing spills: no ink below the note or right of it.
    const below = { x: grown.x, y: grown.y + grown.height + 6, width: grown.width, height: 80 };
    const right = { x: grown.x + grown.width + 12, y: grown.y, width: 80, height: grown.height };
    expect(await inkIn(bob, below)).toBe(0);
    expect(await inkIn(bob, right)).toBe(0);
    await screenshot(alice, 'labels-note-editing-dark');
    await alice.keyboard.press('Escape');
    await screenshot(bob, 'labels-note-dark');
  });

  it('labels every labelled type in the dark theme, in either font, and exports them', async () => {
    const board = await createBoard(fixture.app);
    const alice = (await fixture.person({ name: 'Alice Adams', colorScheme: 'dark' })).page;
    await BoardDriver.open(alice, board.editUrl);
    const rect = await draw(alice, 'rect', [300, 200], [480, 300]);
    await openLabel(alice, rect);
    await alice.keyboard.type('Start');
    await alice.keyboard.press('Escape');
    const diamond = await draw(alice, 'diamond', [560, 170], [760, 330]);
    await openLabel(alice, diamond);
    await alice.keyboard.type('Approved?');
    await alice.keyboard.press('Escape');
    // The hand-written font for the diamond's label, from the style panel.
    await alice.getByTestId('font-hand').click();
    await eventually(async () => (await docShape(alice, diamond))?.style.fontFamily).toBe('hand');
    const ellipse = await draw(alice, 'ellipse', [840, 200], [1040, 300]);
    await openLabel(alice, ellipse);
    await alice.keyboard.type('Ship it');
    await alice.keyboard.press('Escape');
    const arrow = await draw(alice, 'arrow', [760, 250], [840, 250]);
    await openLabel(alice, arrow);
    await alice.keyboard.type('yes');
    await alice.keyboard.press('Escape');
    await alice.keyboard.press('Escape');
    for (const id of [rect, diamond, ellipse]) {
      const geom = (await docShape(alice, id))!.geom;
      await eventually(() => inkIn(alice, innerBox(geom))).toBeGreaterThan(40);
    }
    await screenshot(alice, 'labels-every-type-dark');

    await alice.getByTestId('menu-button').click();
    const [file] = await Promise.all([
      alice.waitForEvent('download'),
      alice.getByTestId('export-svg').click(),
    ]);
    const svg = await readFile((await file.path())!, 'utf8');
    for (const word of ['Start', 'Approved?', 'Ship it', 'yes']) expect(svg).toContain(`>${word}<`);
    // The SVG opens as an image in the browser, labels and all.
    const opened = await alice.evaluate(async (markup) => {
      const image = new Image();
      image.src = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
      await image.decode();
      return image.naturalWidth > 0;
    }, svg);
    expect(opened).toBe(true);
  });

  it('shows a label that a plain Yjs client wrote into a rectangle', async () => {
    const board = await createBoard(fixture.app);
    const alice = (await fixture.person({ name: 'Alice Adams' })).page;
    await BoardDriver.open(alice, board.editUrl);
    const rect = await draw(alice, 'rect', [400, 300], [640, 420]);
    const geom = (await docShape(alice, rect))!.geom;
    const plain = await connectPlainClient(fixture.app.url, board.roomId, board.editToken);
    try {
      const map = plain.doc.getMap('shapes').get(rect) as Y.Map<unknown>;
      expect(map).toBeInstanceOf(Y.Map);
      plain.doc.transact(() => map.set('text', new Y.Text('Written by a script')));
      await eventually(async () => (await docShape(alice, rect))?.text).toBe('Written by a script');
      await eventually(() => inkIn(alice, innerBox(geom))).toBeGreaterThan(40);
    } finally {
      plain.close();
    }
  });

  it('the label editor sits over the label when zoomed and turned with its shape', async () => {
    const { alice } = await twoPeople();
    const rect = await draw(alice, 'rect', [400, 300], [640, 400]);
    await alice.keyboard.press('Escape');
    // Turn the rectangle by 30° through the document, as any client may.
    await alice.evaluate((id) => {
      const map = window.__sketchroom!.doc().getMap('shapes').get(id) as {
        get(key: string): Record<string, unknown>;
        set(key: string, value: unknown): void;
      };
      map.set('geom', { ...map.get('geom'), rotation: 30 });
    }, rect);
    await alice.getByTestId('tool-select').click();
    await alice.keyboard.press('Control+Equal');
    await eventually(
      async () => (await alice.evaluate(() => window.__sketchroom!.camera())).zoom,
    ).not.toBe(1);
    const geom = (await docShape(alice, rect))!.geom;
    await openLabel(alice, rect);
    await alice.keyboard.type('Turned');
    const area = alice.getByTestId('text-editor');
    const bounds = (await area.boundingBox())!;
    const [cx, cy] = await toScreen(alice, geom.x + geom.width / 2, geom.y + geom.height / 2);
    expect(Math.abs(bounds.x + bounds.width / 2 - cx)).toBeLessThan(1.5);
    expect(Math.abs(bounds.y + bounds.height / 2 - cy)).toBeLessThan(1.5);
    const turned = await area.evaluate((el) => getComputedStyle(el).transform);
    // matrix(a, b, …): scale × cos 30° and scale × sin 30°.
    const [a, b] = turned
      .replace(/^matrix\(|\)$/g, '')
      .split(',')
      .map(Number);
    expect((Math.atan2(b, a) * 180) / Math.PI).toBeCloseTo(30, 1);
    await screenshot(alice, 'labels-turned-zoomed-editing');
  });
});
