import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, startAppServer, type AppServer } from './support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { launchBrowser, newPerson, screenshot } from './support/browser.ts';

describe('share link and theme', () => {
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

  it('copies the edit link, and offers the view-only link beside it', async () => {
    const { page, context } = await newPerson(browser, { clipboardOrigin: app.url });
    await page.goto(app.url);
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
    expect(viewUrl).toMatch(new RegExp(`^${app.url}/r/${board.roomId()}\\?token=`));
    expect(viewUrl).not.toBe(editUrl);
    await screenshot(page, 'board-share-light');

    await page.getByTestId('share-copy-view').click();
    await eventually(() => page.evaluate(() => navigator.clipboard.readText())).toBe(viewUrl);
    await context.close();
  });

  it('shows the link selected in a field when the clipboard refuses', async () => {
    const { page, context } = await newPerson(browser);
    const { editUrl } = await createBoard(app);
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
    await context.close();
  });

  it('follows the system theme until toggled, then remembers the choice', async () => {
    const { page, context } = await newPerson(browser, { colorScheme: 'dark' });
    const { editUrl } = await createBoard(app);
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
    await page.goto(app.url);
    expect(await board.theme()).toBe('dark');
    await screenshot(page, 'home-dark');
    await context.close();
  });
});
