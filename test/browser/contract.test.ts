import WebSocket from 'ws';
import { describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

describe('the document schema is a public contract', () => {
  const fixture = withApp();

  it('a shape written by a plain Yjs program with the stock client appears on screen, and theirs reach it', async () => {
    const board = await createBoard(fixture.app);
    const person = await fixture.person();
    await BoardDriver.open(person.page, board.editUrl);

    // No Sketchroom code here: just yjs and y-websocket, following DESIGN.md's schema v1.
    const token = new URL(board.editUrl).searchParams.get('token')!;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(
      fixture.app.url.replace(/^http/, 'ws'),
      board.roomId,
      doc,
      {
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        disableBc: true,
        params: { token },
      },
    );
    await new Promise((resolve) => provider.once('sync', resolve));
    const shape = new Y.Map<unknown>();
    doc.transact(() => {
      doc.getMap('shapes').set('shape:fromplainyjs000001', shape);
      shape.set('type', 'ellipse');
      shape.set('index', 'a0');
      shape.set('geom', { x: 100, y: 100, width: 240, height: 160, rotation: 0 });
      shape.set('style', {
        stroke: '#e03131',
        fill: '#ffc9c9',
        strokeWidth: 4,
        opacity: 1,
        glow: 'kept',
      });
      shape.set('futureKey', { from: 'a newer client' });
    });
    await eventually(() => shapeCount(person.page)).toBe(1);
    await screenshot(person.page, 'contract-plain-yjs-shape');

    // The person edits next to it; the plain client sees a schema-v1 shape, and its own unknown data survives.
    await drawRectangle(person.page, [600, 300], [700, 380]);
    await eventually(() => doc.getMap('shapes').size).toBe(2);
    const drawn = [...doc.getMap<Y.Map<unknown>>('shapes').entries()].find(
      ([id]) => id !== 'shape:fromplainyjs000001',
    )!;
    expect(drawn[0]).toMatch(/^shape:/);
    expect(drawn[1].get('type')).toBe('rect');
    expect(drawn[1].get('geom')).toMatchObject({
      width: expect.any(Number),
      height: expect.any(Number),
      rotation: 0,
    });
    expect(typeof drawn[1].get('index')).toBe('string');
    expect(shape.get('futureKey')).toEqual({ from: 'a newer client' });
    expect(shape.get('style')).toMatchObject({ glow: 'kept' });
    provider.destroy();
  });

  it('following someone makes your view follow theirs', async () => {
    const board = await createBoard(fixture.app);
    const leader = await fixture.person({ name: 'Lena Leader' });
    const follower = await fixture.person({ name: 'Finn Follower' });
    await BoardDriver.open(leader.page, board.editUrl);
    await BoardDriver.open(follower.page, board.editUrl);
    const camera = (page: typeof leader.page) => page.evaluate(() => window.__sketchroom!.camera());

    await follower.page.locator('[data-testid^="person-"]:not([data-self])').click();
    // The leader pans far away; the follower's view goes along.
    for (let i = 0; i < 20; i++) await leader.page.mouse.wheel(120, 80);
    const target = await camera(leader.page);
    expect(Math.abs(target.x) + Math.abs(target.y)).toBeGreaterThan(1000);
    await eventually(async () => {
      const seen = await camera(follower.page);
      return Math.abs(seen.x - target.x) < 300 && Math.abs(seen.y - target.y) < 300;
    }).toBe(true);
  });
});
