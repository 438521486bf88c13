import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { withApp } from './support/with-app.ts';

const cursorNamed = (page: Page, name: string) =>
  page.getByTestId('remote-cursor').filter({ hasText: name });

const FORGED_ID = 'shape:forgedbyaviewer001';

/** Runs in the viewer's page: writes to its Y.Doc past the UI, in schema v1. */
function forgeWrites(id: string): void {
  const doc = window.__sketchroom!.doc();
  const meta = doc.getMap('meta');
  const shapes = doc.getMap('shapes');
  // The page's own Yjs build: a Y.Map made with the same constructor as its maps.
  const YMap = meta.constructor as new () => typeof meta;
  doc.transact(() => {
    meta.set('title', 'Forged by a viewer');
    const shape = new YMap();
    shapes.set(id, shape);
    shape.set('type', 'rect');
    shape.set('index', 'a5');
    shape.set('geom', { x: 100, y: 100, width: 80, height: 60, rotation: 0 });
    shape.set('style', { stroke: '#e03131', fill: 'transparent', strokeWidth: 2, opacity: 1 });
  });
}

describe('owner, editor and viewer in the browser', () => {
  const fixture = withApp();

  it('a viewer sees edits live and shows a cursor, and the server drops what they write', async () => {
    const owner = await fixture.person({ name: 'Olga Owner' });
    await owner.page.goto(fixture.app.url);
    await owner.page.getByTestId('new-board').click();
    await owner.page.waitForURL(/\/r\//);
    const ownerBoard = new BoardDriver(owner.page);
    await ownerBoard.expectStatus('connected');
    await owner.page.getByTestId('share-button').click();
    const viewUrl = await owner.page.getByTestId('share-link-view').inputValue();
    await owner.page.keyboard.press('Escape');

    const viewer = await fixture.person({ name: 'Vera Viewer' });
    await BoardDriver.open(viewer.page, viewUrl);
    await drawRectangle(owner.page, [500, 300], [650, 420]);
    await eventually(() => shapeCount(viewer.page)).toBe(1);

    // The viewer tries everything the UI offers: draw, select all and delete, undo. There is
    // no rectangle tool, and the read-only editor changes nothing.
    await drawRectangle(viewer.page, [300, 500], [400, 600]);
    await viewer.page.keyboard.press('Control+a');
    await viewer.page.keyboard.press('Delete');
    await viewer.page.keyboard.press('Control+z');
    expect(await viewer.page.getByTestId('tool-rect').count()).toBe(0);
    expect(await shapeCount(viewer.page)).toBe(1);

    // Their cursor still shows for the owner, named.
    await viewer.page.mouse.move(700, 500, { steps: 4 });
    await eventually(() => cursorNamed(owner.page, 'Vera Viewer').count()).toBe(1);
    await screenshot(owner.page, 'roles-owner-sees-viewer-cursor');
    await screenshot(viewer.page, 'roles-viewer');

    // Now what the UI never sends: a title and a shape written straight into the page's own
    // Y.Doc, which its provider sends to the server like any edit. Only the server can refuse
    // them (R9). The viewer's page took them, so they went out.
    await viewer.page.evaluate(forgeWrites, FORGED_ID);
    expect(await shapeCount(viewer.page)).toBe(2);

    // The viewer leaves. Their socket carried the writes before closing, so once the owner
    // sees them gone (R5), the server has handled the writes too.
    await viewer.context.close();
    await eventually(() => ownerBoard.peopleCount()).toBe(1);

    // A later honest edit by the owner; then a fresh client reads what the server holds.
    await drawRectangle(owner.page, [800, 300], [900, 380]);
    const token = new URL(viewUrl).searchParams.get('token') ?? '';
    const fresh = await connectPlainClient(fixture.app.url, ownerBoard.roomId(), token);
    try {
      await eventually(() => fresh.doc.getMap('shapes').size).toBe(2);
      expect([...fresh.doc.getMap('shapes').keys()]).not.toContain(FORGED_ID);
      expect(fresh.doc.getMap('meta').get('title') ?? '').toBe('');
    } finally {
      fresh.close();
    }
    expect(await shapeCount(owner.page)).toBe(2);
    expect(await ownerBoard.title()).toBe('');
  });

  it('the owner resets the edit link from the share panel and the old link stops working', async () => {
    const owner = await fixture.person({ name: 'Olga Owner' });
    await owner.page.goto(fixture.app.url);
    await owner.page.getByTestId('new-board').click();
    await owner.page.waitForURL(/\/r\//);
    await new BoardDriver(owner.page).expectStatus('connected');
    await owner.page.getByTestId('share-button').click();
    const oldEditUrl = await owner.page.getByTestId('share-link-edit').inputValue();

    const editor = await fixture.person({ name: 'Ed Editor' });
    await BoardDriver.open(editor.page, oldEditUrl);
    await drawRectangle(editor.page, [500, 300], [600, 400]);
    await eventually(() => shapeCount(owner.page)).toBe(1);

    // The share panel is still open from before.
    await owner.page.getByTestId('share-reset-edit').click();
    await screenshot(owner.page, 'roles-reset-confirm');
    await owner.page.getByTestId('share-reset-confirm-edit').click();
    await eventually(() => owner.page.getByTestId('share-link-edit').inputValue()).not.toBe(
      oldEditUrl,
    );
    const newEditUrl = await owner.page.getByTestId('share-link-edit').inputValue();

    await eventually(() => editor.page.getByTestId('access-denied').isVisible()).toBe(true);
    const late = await fixture.person();
    await late.page.goto(oldEditUrl);
    await eventually(() => late.page.getByTestId('access-denied').isVisible()).toBe(true);
    const fresh = await fixture.person();
    await BoardDriver.open(fresh.page, newEditUrl);
    await eventually(() => shapeCount(fresh.page)).toBe(1);
  });
});
