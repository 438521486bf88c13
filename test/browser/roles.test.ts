import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from './support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { launchBrowser, newPerson, screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';

const cursorNamed = (page: Page, name: string) =>
  page.getByTestId('remote-cursor').filter({ hasText: name });

describe('owner, editor and viewer in the browser', () => {
  let app: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('a viewer sees edits live and shows a cursor, but cannot change anything', async () => {
    const owner = await newPerson(browser, { name: 'Olga Owner' });
    await owner.page.goto(app.url);
    await owner.page.getByTestId('new-board').click();
    await owner.page.waitForURL(/\/r\//);
    await new BoardDriver(owner.page).expectStatus('connected');
    await owner.page.getByTestId('share-button').click();
    const viewUrl = await owner.page.getByTestId('share-link-view').inputValue();
    await owner.page.keyboard.press('Escape');

    const viewer = await newPerson(browser, { name: 'Vera Viewer' });
    await BoardDriver.open(viewer.page, viewUrl);
    await drawRectangle(owner.page, [500, 300], [650, 420]);
    await eventually(() => shapeCount(viewer.page)).toBe(1);

    // The viewer tries everything: draw, select all and delete, undo.
    await drawRectangle(viewer.page, [300, 500], [400, 600]);
    await viewer.page.keyboard.press('Control+a');
    await viewer.page.keyboard.press('Delete');
    await viewer.page.keyboard.press('Control+z');
    await viewer.page.waitForTimeout(500);
    expect(await shapeCount(owner.page)).toBe(1);
    expect(await shapeCount(viewer.page)).toBe(1);
    expect(await viewer.page.getByTestId('tool-rect').count()).toBe(0);

    // Their cursor still shows for the owner, named.
    await viewer.page.mouse.move(700, 500, { steps: 4 });
    await eventually(() => cursorNamed(owner.page, 'Vera Viewer').count()).toBe(1);
    await screenshot(owner.page, 'roles-owner-sees-viewer-cursor');
    await screenshot(viewer.page, 'roles-viewer');

    await owner.context.close();
    await viewer.context.close();
  });

  it('the owner resets the edit link from the share panel and the old link stops working', async () => {
    const owner = await newPerson(browser, { name: 'Olga Owner' });
    await owner.page.goto(app.url);
    await owner.page.getByTestId('new-board').click();
    await owner.page.waitForURL(/\/r\//);
    await new BoardDriver(owner.page).expectStatus('connected');
    await owner.page.getByTestId('share-button').click();
    const oldEditUrl = await owner.page.getByTestId('share-link-edit').inputValue();

    const editor = await newPerson(browser, { name: 'Ed Editor' });
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
    const late = await newPerson(browser);
    await late.page.goto(oldEditUrl);
    await eventually(() => late.page.getByTestId('access-denied').isVisible()).toBe(true);
    const fresh = await newPerson(browser);
    await BoardDriver.open(fresh.page, newEditUrl);
    await eventually(() => shapeCount(fresh.page)).toBe(1);
    for (const person of [owner, editor, late, fresh]) await person.context.close();
  });
});
