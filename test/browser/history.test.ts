import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

async function openHistory(page: Page): Promise<void> {
  await page.getByTestId('menu-button').click();
  await page.getByTestId('toggle-history').click();
  await page.getByTestId('history-panel').waitFor();
}

const versionNamed = (page: Page, name: string) =>
  page.getByTestId('history-version').filter({ hasText: name });

describe('version history in the browser', () => {
  const fixture = withApp();

  it('saves, previews, compares, restores and undoes a restore; a viewer only looks', async () => {
    const alice = await fixture.person({ name: 'Alice Editor' });
    await alice.page.goto(fixture.app.url);
    await alice.page.getByTestId('new-board').click();
    await alice.page.waitForURL(/\/r\//);
    await new BoardDriver(alice.page).expectStatus('connected');
    const editUrl = alice.page.url();
    await alice.page.getByTestId('share-button').click();
    const viewUrl = await alice.page.getByTestId('share-link-view').inputValue();
    await alice.page.keyboard.press('Escape');

    const bob = await fixture.person({ name: 'Bob Editor', colorScheme: 'dark' });
    await BoardDriver.open(bob.page, editUrl);

    await drawRectangle(alice.page, [300, 250], [420, 340]);
    await drawRectangle(alice.page, [500, 250], [620, 340]);
    await drawRectangle(alice.page, [400, 420], [520, 520]);
    await eventually(() => shapeCount(bob.page)).toBe(3);

    // A named version, saved from the panel.
    await openHistory(alice.page);
    await alice.page.getByTestId('history-save').click();
    await alice.page.getByTestId('history-name').fill('Before cleanup');
    await alice.page.getByTestId('history-name-save').click();
    await versionNamed(alice.page, 'Before cleanup').waitFor();
    await alice.page.getByTestId('history-close').click();

    // Everything goes; the server keeps a protective version first.
    await alice.page.getByTestId('canvas').click({ position: { x: 900, y: 650 } });
    await alice.page.keyboard.press('Control+a');
    await alice.page.keyboard.press('Delete');
    await eventually(() => shapeCount(bob.page)).toBe(0);

    await openHistory(alice.page);
    // No protective version here: the named one already holds the state before the delete.
    await versionNamed(alice.page, 'Before cleanup').waitFor();
    await alice.page.getByTestId('history-thumb').first().waitFor();

    // The preview shows the version over the canvas; the live board stays empty.
    await versionNamed(alice.page, 'Before cleanup').click();
    await alice.page.getByTestId('history-preview').locator('img').first().waitFor();
    await expect(alice.page.getByTestId('history-banner').textContent()).resolves.toContain(
      'Viewing Before cleanup',
    );
    expect(await shapeCount(alice.page)).toBe(0);
    await alice.page.getByTestId('history-compare').click();
    await expect(alice.page.getByTestId('history-count-removed').textContent()).resolves.toBe(
      '3 removed',
    );
    expect(await alice.page.getByTestId('history-mark-removed').count()).toBe(3);
    expect(await alice.page.getByTestId('history-count-added').textContent()).toBe('0 added');
    await screenshot(alice.page, 'history-compare-light');

    // Restore brings the shapes back for both; Undo takes the board back to empty.
    await alice.page.getByTestId('history-restore').click();
    await alice.page.getByTestId('history-undo-restore').waitFor();
    await eventually(() => shapeCount(alice.page)).toBe(3);
    await eventually(() => shapeCount(bob.page)).toBe(3);
    expect(await alice.page.getByTestId('history-preview').count()).toBe(0);
    await screenshot(alice.page, 'history-restored-light');
    await alice.page.getByTestId('history-undo-restore').click();
    await eventually(() => shapeCount(alice.page)).toBe(0);
    await eventually(() => shapeCount(bob.page)).toBe(0);

    // Bob, in the dark, sees the same history.
    await openHistory(bob.page);
    await versionNamed(bob.page, 'Before cleanup').click();
    await bob.page.getByTestId('history-preview').locator('img').first().waitFor();
    await screenshot(bob.page, 'history-preview-dark');

    // A viewer on a phone sees the list and can preview, but cannot save or restore.
    const vera = await fixture.person({
      name: 'Vera Viewer',
      viewport: { width: 375, height: 812 },
    });
    await BoardDriver.open(vera.page, viewUrl);
    await openHistory(vera.page);
    await versionNamed(vera.page, 'Before cleanup').waitFor();
    expect(await vera.page.getByTestId('history-save').count()).toBe(0);
    await vera.page.getByTestId('history-thumb').first().waitFor();
    await screenshot(vera.page, 'history-panel-phone');
    // Far from the drawing, a version shown is brought into view.
    await vera.page.mouse.move(187, 200);
    await vera.page.mouse.wheel(0, 3000);
    await versionNamed(vera.page, 'Before cleanup').click();
    await vera.page.getByTestId('history-banner').waitFor();
    const picture = vera.page.getByTestId('history-preview').locator('img').first();
    await eventually(async () => {
      const box = await picture.boundingBox();
      return box !== null && box.y + box.height > 0 && box.y < 812 && box.x < 375;
    }).toBe(true);
    expect(await vera.page.getByTestId('history-restore').count()).toBe(0);
    await screenshot(vera.page, 'history-preview-phone');
  });
});
