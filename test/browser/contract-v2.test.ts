import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createBoard } from '../support/app-server.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

// Schema version 2 (packages/board-yjs/README.md) as a plain Yjs program sees it:
// only yjs and the stock y-websocket client, no Sketchroom code.

type Shapes = Y.Map<Y.Map<unknown>>;

function byType(shapes: Shapes, type: string): Array<[string, Y.Map<unknown>]> {
  return [...shapes.entries()].filter(([, map]) => map.get('type') === type);
}

async function dragArrow(page: Page, from: [number, number], to: [number, number]) {
  await page.keyboard.press('a');
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move(...to, { steps: 8 });
  await page.mouse.up();
}

describe('schema version 2 is a public contract', () => {
  const fixture = withApp();

  it('a plain Yjs client reads the bindings, labels and groups people make, and its own show in the app', async () => {
    const board = await createBoard(fixture.app);
    const person = await fixture.person();
    const { page } = person;
    await BoardDriver.open(page, board.editUrl);
    const token = new URL(board.editUrl).searchParams.get('token')!;
    const plain = await connectPlainClient(fixture.app.url, board.roomId, token);
    const shapes = plain.doc.getMap('shapes') as Shapes;

    // The person: two boxes, an arrow between them, a label, then both boxes grouped.
    await drawRectangle(page, [400, 200], [520, 280]);
    await drawRectangle(page, [700, 200], [820, 280]);
    await dragArrow(page, [460, 240], [760, 240]);
    await page.keyboard.press('Escape');
    await page.mouse.dblclick(460, 240);
    await eventually(() => page.evaluate(() => window.__sketchroom!.editingId())).not.toBe(null);
    await page.keyboard.type('Plan');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.mouse.click(460, 200);
    await page.keyboard.down('Shift');
    await page.mouse.click(760, 200);
    await page.keyboard.up('Shift');
    await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds().length)).toBe(2);
    await page.keyboard.press('Control+g');

    await eventually(() => byType(shapes, 'rect').filter(([, m]) => m.has('groups')).length).toBe(
      2,
    );
    const rects = byType(shapes, 'rect');
    const [[firstId, first], [, second]] = rects.sort(
      ([, a], [, b]) => (a.get('geom') as { x: number }).x - (b.get('geom') as { x: number }).x,
    );
    expect(first.get('groups')).toEqual(second.get('groups'));
    expect((first.get('groups') as string[])[0]).toMatch(/^group:/);
    expect(first.get('text')).toBeInstanceOf(Y.Text);
    expect(String(first.get('text'))).toBe('Plan');
    const [[arrowId, arrow]] = byType(shapes, 'arrow');
    const binding = arrow.get('binding') as { start: { shape: string }; end: { shape: string } };
    expect(binding.start.shape).toBe(firstId);
    expect(binding.end.shape).toBe(rects[1][0]);
    expect(plain.doc.getMap('meta').get('schemaVersion')).toBe(2);

    // The plain client moves the bound box, knowing nothing of bindings; the app puts the arrow right.
    const secondGeom = second.get('geom') as {
      x: number;
      y: number;
      width: number;
      height: number;
    };
    second.set('geom', { ...secondGeom, y: secondGeom.y + 200 });
    await eventually(() => {
      const g = arrow.get('geom') as { y: number; points: number[] };
      return Math.round(g.y + g.points[g.points.length - 1]);
    }).toBeGreaterThan(Math.round(secondGeom.y + 150));

    // Its own labelled, grouped, locked box shows in the app, with the label.
    const own = new Y.Map<unknown>();
    plain.doc.transact(() => {
      shapes.set('shape:plainlabelled0001', own);
      own.set('type', 'ellipse');
      own.set('index', 'Zz');
      own.set('geom', { x: 300, y: 450, width: 200, height: 100, rotation: 0 });
      own.set('style', { stroke: '#1c7ed6', fill: 'transparent', strokeWidth: 2, opacity: 1 });
      own.set('text', new Y.Text('From a script'));
      own.set('groups', ['group:fromscript0001']);
      own.set('locked', true);
    });
    await eventually(() => shapeCount(page)).toBe(4);
    // Locked: a click on it selects nothing.
    const at = await page.evaluate(() => window.__sketchroom!.pageToScreen(400, 500));
    await page.mouse.click(at.x, at.y);
    await page.mouse.click(460, 200);
    await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds().length)).toBe(2);
    await screenshot(page, 'contract-v2');
    expect(arrowId).toMatch(/^shape:/);
    plain.close();
  });
});
