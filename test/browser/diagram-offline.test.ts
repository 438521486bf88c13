import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { drag, drawRectangle } from './support/drawing.ts';
import { docShapes } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

interface Stored {
  type: string;
  text?: string;
  groups?: string[];
  binding?: { start?: { shape: string }; end?: { shape: string } };
  geom: { x: number; y: number; width: number; height: number; points?: number[] };
}

describe('diagramming offline', () => {
  const fixture = withApp();

  it('a bound arrow follows, a label and a group made offline reach the other person on reconnect', async () => {
    const board = await createBoard(fixture.app);
    const alice = await fixture.person({ name: 'Alice Adams' });
    const bob = await fixture.person({ name: 'Bob Brown' });
    const aliceBoard = await BoardDriver.open(alice.page, board.editUrl);
    await BoardDriver.open(bob.page, board.editUrl);
    const page = alice.page;

    await drawRectangle(page, [400, 200], [520, 280]);
    await drawRectangle(page, [700, 200], [820, 280]);
    await page.keyboard.press('a');
    await drag(page, [460, 240], [760, 240]);
    await eventually(async () => (await docShapes(bob.page)).length).toBe(3);

    await alice.context.setOffline(true);
    await aliceBoard.expectStatus('offline');
    const saved = await aliceBoard.savedUpdateCount();
    // Move the second box down, label the first, group the two.
    await page.keyboard.press('Escape');
    await drag(page, [760, 280], [760, 480]);
    // Each step waits for the one before to show in Alice's document or selection, so a
    // slow machine cannot send a click before the editor is ready for it.
    const secondBoxTop = async () => {
      const shapes = await docShapes<Stored>(page);
      return shapes.filter((s) => s.type === 'rect').sort((a, b) => a.geom.x - b.geom.x)[1]!.geom.y;
    };
    await eventually(async () => Math.abs((await secondBoxTop()) - 400) < 12).toBe(true);
    await page.keyboard.press('Escape');
    await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds().length)).toBe(0);
    await page.mouse.dblclick(460, 240);
    await eventually(() => page.evaluate(() => window.__sketchroom!.editingId())).not.toBe(null);
    await page.keyboard.type('Offline');
    await page.keyboard.press('Escape');
    await eventually(() => page.evaluate(() => window.__sketchroom!.editingId())).toBe(null);
    await page.keyboard.press('Escape');
    await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds().length)).toBe(0);
    await page.mouse.click(460, 220);
    await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds().length)).toBe(1);
    await page.keyboard.down('Shift');
    await page.mouse.click(760, 430);
    await page.keyboard.up('Shift');
    await eventually(() => page.evaluate(() => window.__sketchroom!.selectedIds().length)).toBe(2);
    await page.keyboard.press('Control+g');
    await eventually(() => aliceBoard.savedUpdateCount()).toBeGreaterThan(saved);
    // Bob has none of it yet.
    const before = await docShapes<Stored>(bob.page);
    expect(before.some((s) => s.text === 'Offline' || s.groups)).toBe(false);

    await alice.context.setOffline(false);
    await aliceBoard.expectStatus('connected');
    await eventually(async () => {
      const shapes = await docShapes<Stored>(bob.page);
      return shapes.filter((s) => s.type === 'rect' && s.groups?.length).length;
    }).toBe(2);
    const shapes = await docShapes<Stored>(bob.page);
    const rects = shapes.filter((s) => s.type === 'rect').sort((a, b) => a.geom.x - b.geom.x);
    expect(rects[0].text).toBe('Offline');
    expect(rects[0].groups).toEqual(rects[1].groups);
    expect(Math.abs(rects[1].geom.y - 400)).toBeLessThan(12);
    const arrow = shapes.find((s) => s.type === 'arrow')!;
    expect(arrow.binding?.end?.shape).toBe(rects[1].id);
    const { x, y, points = [] } = arrow.geom;
    const endY = y + points[points.length - 1];
    // The stored end sits at the moved box (above its top edge, within the binding gap).
    expect(endY).toBeGreaterThan(380);
    expect(endY).toBeLessThan(rects[1].geom.y + rects[1].geom.height);
    expect(x + points[points.length - 2]).toBeGreaterThan(690);
  });
});
