import { describe, expect, it } from 'vitest';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { withApp } from './support/with-app.ts';

describe('share link and theme', () => {
  const fixture = withApp();

  it('copies the edit link, and offers the view-only link beside it', async () => {
    const { page } = await fixture.person({ clipboardOrigin: fixture.app.url });
    await page.goto(fixture.app.url);
    await page.getByTestId('new-board').click();
    await page.waitForURL(/\/r\/[\w-]{22}\?token=/);
    const board = new BoardDriver(page);
    await board.expectStatus('connected');
    // The address bar holds the edit link, never the owner token kept in this browser.
    const editUrl = page.url();
    await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));

    await page.getByTestId('share-button').click();
    await eventually(() => page.getByTestId('share-button').textContent()).toBe('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(editUrl);
    expect(await page.getByTestId('share-link-edit').inputValue()).toBe(editUrl);
    const viewUrl = await page.getByTestId('share-link-view').inputValue();
    expect(viewUrl).toMatch(new RegExp(`^${fixture.app.url}/r/${board.roomId()}\\?token=`));
    expect(viewUrl).not.toBe(editUrl);
    await screenshot(page, 'board-share-light');

    await page.getByTestId('share-copy-view').click();
    await eventually(() => page.evaluate(() => navigator.clipboard.readText())).toBe(viewUrl);
  });

  it('shows the link selected in a field when the clipboard refuses', async () => {
    const { page } = await fixture.person();
    const { editUrl } = await createBoard(fixture.app);
    await BoardDriver.open(page, editUrl);
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new Error('denied'));
    });
    await page.getByTestId('share-button').click();
    const field = page.getByTestId('share-link-edit');
    await eventually(() => field.inputValue()).toBe(editUrl);
    await eventually(() => field.evaluate((input: HTMLInputElement) => input.selectionEnd)).toBe(
      editUrl.length,
    );
    expect(await page.getByTestId('share-button').textContent()).toBe('Share');
  });

  it('follows the system theme until toggled, then remembers the choice', async () => {
    const { page } = await fixture.person({ colorScheme: 'dark' });
    const { editUrl } = await createBoard(fixture.app);
    const board = await BoardDriver.open(page, editUrl);
    expect(await board.theme()).toBe('dark');
    await screenshot(page, 'board-dark');

    await page.getByTestId('theme-toggle').click();
    expect(await board.theme()).toBe('light');
    await page.reload();
    await board.expectStatus('connected');
    expect(await board.theme()).toBe('light');

    await page.getByTestId('theme-toggle').click();
    expect(await board.theme()).toBe('dark');
    // The choice holds on every page of the app, and over a system that says light.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(fixture.app.url);
    expect(await board.theme()).toBe('dark');
    await screenshot(page, 'home-dark');
  });
});
