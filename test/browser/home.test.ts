import { describe, expect, it } from 'vitest';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { withApp } from './support/with-app.ts';

describe('home page', () => {
  const fixture = withApp();

  it('starts a new board and lists it under recent boards', async () => {
    const { page } = await fixture.person();
    await page.goto(fixture.app.url);
    await eventually(() => page.getByTestId('recent-empty').isVisible()).toBe(true);
    await screenshot(page, 'home-empty-light');

    await page.getByTestId('new-board').click();
    await page.waitForURL(/\/r\/[\w-]{22}\?token=[\w.-]+$/);
    const board = new BoardDriver(page);
    await board.expectStatus('connected');
    await board.rename('Launch plan');
    await eventually(() => page.title()).toBe('Launch plan · Sketchroom');

    const roomId = board.roomId();
    await page.getByTestId('home-link').click();
    await page.waitForURL(`${fixture.app.url}/`);
    const entry = page.getByTestId(`recent-board-${roomId}`);
    await eventually(() => entry.textContent()).toContain('Launch plan');
    await screenshot(page, 'home-recent-light');
  });

  it('reopens a remembered board and forgets it on request', async () => {
    const { page } = await fixture.person();
    await page.goto(fixture.app.url);
    await page.getByTestId('new-board').click();
    const board = new BoardDriver(page);
    await board.expectStatus('connected');
    await board.rename('Retro notes');
    const id = board.roomId();

    // A full reload of the home page reads the list back from storage.
    await page.goto(fixture.app.url);
    await page.getByTestId(`recent-open-${id}`).click();
    await page.waitForURL(new RegExp(`/r/${id}\\?token=`));
    await board.expectStatus('connected');
    await eventually(() => board.title()).toBe('Retro notes');

    await page.goBack();
    await page.getByTestId(`recent-board-${id}`).hover();
    await page.getByTestId(`recent-remove-${id}`).click();
    await eventually(() => page.getByTestId(`recent-board-${id}`).count()).toBe(0);
    await page.reload();
    await eventually(() => page.getByTestId('recent-empty').isVisible()).toBe(true);
  });

  it('gives a way home from a link that is not a board', async () => {
    const { page } = await fixture.person();
    await page.goto(`${fixture.app.url}/r/not%20a%20room`);
    await eventually(() => page.getByRole('heading').first().textContent()).toBe('Nothing here');
    await page.getByRole('link', { name: 'Go to your boards' }).click();
    await eventually(() => page.getByTestId('new-board').isVisible()).toBe(true);
  });
});

describe('home page on a server where only the operator creates boards', () => {
  const fixture = withApp({
    server: { boardCreation: 'token', adminToken: 'operator-only-token-0123456789' },
  });

  it('says why no board was made instead of blaming the connection', async () => {
    const { page } = await fixture.person();
    await page.goto(fixture.app.url);
    await page.getByTestId('new-board').click();
    const alert = page.getByTestId('new-board-error');
    await eventually(() => alert.textContent()).toContain('needs the admin token');
    expect(page.url()).toBe(`${fixture.app.url}/`);
    await screenshot(page, 'home-creation-refused-light');
  });
});
