import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drag } from './support/drawing.ts';
import { downloadExport } from './support/exports.ts';
import { docShapes } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

// The "done when": someone used to Excalidraw draws a labelled
// flowchart with connected arrows, rearranges it and exports it, on a laptop
// and on a phone, using only the toolbar, the mouse/finger and the keyboard.

interface StoredShape {
  type: string;
  text?: string;
  geom: { x: number; y: number; width: number; height: number; points?: number[] };
  binding?: { start?: { shape: string }; end?: { shape: string } };
}

async function drawWith(page: Page, tool: string, from: [number, number], to: [number, number]) {
  await page.getByTestId(`tool-${tool}`).click();
  await drag(page, from, to);
}

async function label(page: Page, at: [number, number], text: string) {
  await page.mouse.dblclick(...at);
  await eventually(() => page.evaluate(() => window.__sketchroom!.editingId())).not.toBe(null);
  await page.keyboard.type(text);
  await page.keyboard.press('Escape');
  await eventually(() => page.evaluate(() => window.__sketchroom!.editingId())).toBe(null);
}

/** Distance from a page point to a shape's box (0 inside). */
function distanceToBox(p: { x: number; y: number }, g: StoredShape['geom']): number {
  const dx = Math.max(g.x - p.x, 0, p.x - (g.x + g.width));
  const dy = Math.max(g.y - p.y, 0, p.y - (g.y + g.height));
  return Math.hypot(dx, dy);
}

function arrowEnds(arrow: StoredShape) {
  const { x, y, points = [] } = arrow.geom;
  const n = points.length;
  return {
    start: { x: x + points[0], y: y + points[1] },
    end: { x: x + points[n - 2], y: y + points[n - 1] },
  };
}

const DEVICES = [
  // `left`: where the chart starts, clear of the style panel that shows while a box is selected.
  { name: 'laptop', viewport: { width: 1280, height: 800 }, hasTouch: false, left: 400 },
  { name: 'phone', viewport: { width: 375, height: 812 }, hasTouch: true, left: 0 },
] as const;

describe('a labelled flowchart with connected arrows', () => {
  const fixture = withApp();

  for (const device of DEVICES) {
    it(`is drawn, rearranged and exported on a ${device.name}`, async () => {
      const board = await createBoard(fixture.app);
      const person = await fixture.person({ viewport: device.viewport, hasTouch: device.hasTouch });
      const { page } = person;
      await BoardDriver.open(page, board.editUrl);

      // Two labelled boxes, one above the other, and an arrow from the first to the second.
      const x = (value: number) => value + device.left;
      await drawWith(page, 'rect', [x(90), 250], [x(210), 320]);
      await label(page, [x(150), 285], 'Start');
      await drawWith(page, 'rect', [x(90), 480], [x(210), 550]);
      await label(page, [x(150), 515], 'Finish');
      await drawWith(page, 'arrow', [x(150), 290], [x(150), 510]);

      await eventually(async () => (await docShapes<StoredShape>(page)).length).toBe(3);
      const shapes = await docShapes<StoredShape>(page);
      const start = shapes.find((s) => s.text === 'Start')!;
      const finish = shapes.find((s) => s.text === 'Finish')!;
      const arrow = shapes.find((s) => s.type === 'arrow')!;
      expect(start.type).toBe('rect');
      expect(finish.type).toBe('rect');
      expect(arrow.binding?.start?.shape).toBe(start.id);
      expect(arrow.binding?.end?.shape).toBe(finish.id);

      // Rearrange: drag the second box to the right; the arrow follows it in the stored points.
      await page.getByTestId('tool-select').click();
      await page.mouse.move(x(120), 540);
      await page.mouse.down();
      await page.mouse.move(x(180), 560, { steps: 4 });
      await page.mouse.move(x(240), 580, { steps: 4 });
      await page.mouse.up();
      await eventually(async () => {
        const moved = (await docShapes<StoredShape>(page)).find((s) => s.id === finish.id)!;
        return Math.round(moved.geom.x - finish.geom.x);
      }).toBe(120);
      const after = await docShapes<StoredShape>(page);
      const movedFinish = after.find((s) => s.id === finish.id)!;
      const movedArrow = after.find((s) => s.id === arrow.id)!;
      const ends = arrowEnds(movedArrow);
      expect(distanceToBox(ends.end, movedFinish.geom)).toBeLessThan(12);
      expect(distanceToBox(ends.start, start.geom)).toBeLessThan(12);
      await screenshot(page, `flowchart-${device.name}`);

      // Export both ways (nothing selected: the whole board); the files open, and the SVG carries the labels.
      await page.keyboard.press('Escape');
      await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds().length)).toBe(
        0,
      );
      const svg = (await downloadExport(page, 'export-svg')).toString('utf8');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return {
          error: doc.querySelector('parsererror')?.textContent ?? null,
          text: doc.documentElement.textContent,
        };
      }, svg);
      expect(parsed.error).toBe(null);
      expect(parsed.text).toContain('Start');
      expect(parsed.text).toContain('Finish');
      const png = await downloadExport(page, 'export-png');
      const decoded = await page.evaluate(async (base64) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        return { width: image.naturalWidth, height: image.naturalHeight };
      }, png.toString('base64'));
      expect(decoded.width).toBeGreaterThan(100);
      expect(decoded.height).toBeGreaterThan(100);
    });
  }
});
