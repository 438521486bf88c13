import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, startAppServer, type AppServer } from './support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { launchBrowser, newPerson, screenshot } from './support/browser.ts';

/** The role claim of the token in a board link; the server re-signs links, so compare roles. */
function roleInLink(link: string): unknown {
  const token = new URL(link).searchParams.get('token') ?? '';
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).role;
}

describe('board links in the browser', () => {
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

  it('opens a view-only link read-only, sharing only the view link', async () => {
    const { editUrl, viewUrl } = await createBoard(app);
    const editor = await newPerson(browser, { name: 'Erin Editor' });
    const viewer = await newPerson(browser, { name: 'Vic Viewer' });
    const editorBoard = await BoardDriver.open(editor.page, editUrl);
    await editorBoard.rename('Read me');
    const viewerBoard = await BoardDriver.open(viewer.page, viewUrl);

    await eventually(() => viewerBoard.title()).toBe('Read me');
    expect(await viewer.page.getByTestId('view-only').isVisible()).toBe(true);
    expect(await viewer.page.getByTestId('title-input').getAttribute('readonly')).not.toBeNull();
    // A viewer still shows up for everyone.
    await eventually(() => editorBoard.personNames()).toEqual(['Erin Editor (you)', 'Vic Viewer']);

    await viewer.page.getByTestId('share-button').click();
    const shared = await viewer.page.getByTestId('share-link-view').inputValue();
    expect(roleInLink(shared)).toBe('viewer');
    expect(new URL(shared).pathname).toBe(new URL(viewUrl).pathname);
    expect(await viewer.page.getByTestId('share-link-edit').count()).toBe(0);
    await screenshot(viewer.page, 'board-view-only-light');
    await editor.context.close();
    await viewer.context.close();
  });

  it('tells an editor when the owner replaces the edit link', async () => {
    const board = await createBoard(app);
    const person = await newPerson(browser);
    const view = await BoardDriver.open(person.page, board.editUrl);
    expect(await person.page.getByTestId('access-denied').count()).toBe(0);

    const rotated = await fetch(`${app.url}/api/boards/${board.roomId}/links/edit/rotate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.ownerToken}` },
    });
    expect(rotated.status).toBe(200);
    await eventually(() => person.page.getByTestId('access-denied').isVisible()).toBe(true);
    await screenshot(person.page, 'board-access-denied-light');

    // Reopening the old link says the same at once rather than retrying forever.
    await person.page.reload();
    await eventually(() => person.page.getByTestId('access-denied').isVisible()).toBe(true);
    expect(await view.status()).toBe('offline');
    await person.context.close();
  });
});
