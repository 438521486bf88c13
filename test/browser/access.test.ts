import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { withApp } from './support/with-app.ts';

/** The role claim of the token in a board link; the server re-signs links, so compare roles. */
function roleInLink(link: string): unknown {
  const token = new URL(link).searchParams.get('token') ?? '';
  return JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()).role;
}

describe('board links in the browser', () => {
  const fixture = withApp();

  it('opens a view-only link read-only, sharing only the view link', async () => {
    const { editUrl, viewUrl } = await createBoard(fixture.app);
    const editor = await fixture.person({ name: 'Erin Editor' });
    const viewer = await fixture.person({ name: 'Vic Viewer' });
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
  });

  it('tells an editor when the owner replaces the edit link', async () => {
    const board = await createBoard(fixture.app);
    const person = await fixture.person();
    const view = await BoardDriver.open(person.page, board.editUrl);
    expect(await person.page.getByTestId('access-denied').count()).toBe(0);

    const rotated = await fetch(`${fixture.app.url}/api/boards/${board.roomId}/links/edit/rotate`, {
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
  });
});
