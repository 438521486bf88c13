import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

/** Each shape's top-left and lock as the page's Y.Doc holds them. */
function docShapes(page: Page) {
  return page.evaluate(() => {
    const shapes = window.__sketchroom!.doc().getMap('shapes') as Y.Map<Y.Map<unknown>>;
    return [...shapes.values()].map((map) => {
      const geom = map.get('geom') as { x: number; y: number; width: number; height: number };
      const middle = { x: geom.x + geom.width / 2, y: geom.y + geom.height / 2 };
      return { x: geom.x, y: geom.y, middle, locked: map.get('locked') === true };
    });
  });
}

const selectedCount = (page: Page) =>
  page.evaluate(() => window.__sketchroom!.selectedIds().length);
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? null);
const menuNames = (page: Page) =>
  page
    .getByTestId('context-menu')
    .locator('[role="menuitem"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-testid')));

describe('the context menu', () => {
  const fixture = withApp();

  async function alice(options: { clipboard?: boolean } = {}) {
    const board = await createBoard(fixture.app);
    const person = await fixture.person({
      name: 'Alice Adams',
      clipboardOrigin: options.clipboard ? fixture.app.url : undefined,
    });
    await BoardDriver.open(person.page, board.editUrl);
    return { board, page: person.page };
  }

  it('duplicates a right-clicked shape for both people, and deletes one', async () => {
    const { board, page } = await alice();
    const bob = await fixture.person({ name: 'Bob Brown' });
    await BoardDriver.open(bob.page, board.editUrl);
    await drawRectangle(page, [400, 300], [600, 450]);
    await eventually(() => shapeCount(bob.page)).toBe(1);
    await page.keyboard.press('Escape');
    expect(await selectedCount(page)).toBe(0);

    // The right-click selects the shape and lists the registry's shape actions.
    await page.mouse.click(500, 375, { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await eventually(() => menu.isVisible()).toBe(true);
    expect(await selectedCount(page)).toBe(1);
    const names = await menuNames(page);
    for (const name of [
      'cut',
      'copy',
      'paste',
      'duplicate',
      'delete',
      'bring-to-front',
      'bring-forward',
      'send-backward',
      'send-to-back',
      'toggle-lock',
      'copy-as-png',
      'copy-as-svg',
    ]) {
      expect(names).toContain(`context-${name}`);
    }
    // One shape: nothing to align, distribute or ungroup.
    expect(names.some((name) => /align|distribute|ungroup/.test(name ?? ''))).toBe(false);
    expect(await menu.getByTestId('context-duplicate').textContent()).toMatch(/Ctrl\+D/);
    await screenshot(page, 'context-menu-shape');

    await menu.getByTestId('context-duplicate').click();
    await eventually(() => menu.count()).toBe(0);
    await eventually(() => shapeCount(bob.page)).toBe(2);

    await page.mouse.click(500, 375, { button: 'right' });
    await page.getByTestId('context-delete').click();
    await eventually(() => shapeCount(bob.page)).toBe(1);
    expect(await shapeCount(page)).toBe(1);
  });

  it('offers align and group for a multi-selection, and runs them', async () => {
    const { page } = await alice();
    await drawRectangle(page, [300, 300], [400, 380]);
    await drawRectangle(page, [500, 340], [620, 420]);
    await eventually(() => shapeCount(page)).toBe(2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+a');
    await page.mouse.click(350, 340, { button: 'right' });
    // Both stay selected: the click landed on one of them.
    expect(await selectedCount(page)).toBe(2);
    const names = await menuNames(page);
    for (const name of [
      'group',
      'align-left',
      'align-center',
      'align-right',
      'align-top',
      'align-middle',
      'align-bottom',
    ]) {
      expect(names).toContain(`context-${name}`);
    }
    await screenshot(page, 'context-menu-two-shapes');
    await page.getByTestId('context-align-top').click();
    await eventually(
      async () => new Set((await docShapes(page)).map((s) => Math.round(s.y))).size,
    ).toBe(1);
  });

  it('copies and pastes through the menu, pasting on the empty canvas', async () => {
    const { page } = await alice({ clipboard: true });
    await drawRectangle(page, [400, 300], [500, 380]);
    await eventually(() => shapeCount(page)).toBe(1);
    await page.mouse.click(450, 340, { button: 'right' });
    await page.getByTestId('context-copy').click();
    await eventually(() => page.evaluate(() => navigator.clipboard.readText())).toContain(
      'sketchroom',
    );

    // The empty canvas has its own menu: paste, select all, zoom to fit.
    await page.mouse.click(800, 600, { button: 'right' });
    const names = await menuNames(page);
    expect(names).toEqual(
      expect.arrayContaining(['context-paste', 'context-select-all', 'context-zoom-to-fit']),
    );
    expect(names).not.toContain('context-delete');
    await screenshot(page, 'context-menu-canvas');
    await page.getByTestId('context-paste').click();
    await eventually(() => shapeCount(page)).toBe(2);
    // It lands where the menu was opened, not under the menu or in the middle of the view.
    const middles = (await docShapes(page)).map((shape) => shape.middle);
    expect(middles).toContainEqual({ x: 450, y: 340 });
    expect(middles).toContainEqual({ x: 800, y: 600 });
  });

  it('moves with the arrow keys, runs with Enter, and closes with Escape, keeping the selection', async () => {
    const { page } = await alice();
    await drawRectangle(page, [400, 300], [500, 380]);
    await eventually(() => selectedCount(page)).toBe(1);
    const before = await docShapes(page);

    await page.keyboard.press('Shift+F10');
    await eventually(() => page.getByTestId('context-menu').isVisible()).toBe(true);
    expect(await focusedTestId(page)).toBe('context-cut');
    await page.keyboard.press('ArrowDown');
    expect(await focusedTestId(page)).toBe('context-copy');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedTestId(page)).toBe('context-copy-as-svg');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await focusedTestId(page)).toBe('context-duplicate');
    // The arrows moved through the menu, not the shape.
    expect(await docShapes(page)).toEqual(before);

    await page.keyboard.press('Escape');
    await eventually(() => page.getByTestId('context-menu').count()).toBe(0);
    expect(await selectedCount(page)).toBe(1);
    expect(await shapeCount(page)).toBe(1);

    await page.keyboard.press('Shift+F10');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await eventually(() => shapeCount(page)).toBe(2);
    expect(await page.getByTestId('context-menu').count()).toBe(0);
  });

  it('stays inside the window near its edges, and closes on a press outside or a scroll', async () => {
    const { page } = await alice();
    await page.mouse.click(1270, 790, { button: 'right' });
    const menu = page.getByTestId('context-menu');
    await eventually(() => menu.isVisible()).toBe(true);
    const box = (await menu.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height).toBeLessThanOrEqual(800);
    // Flipped: it ends at the point instead of starting there.
    expect(box.x + box.width).toBeLessThanOrEqual(1270);

    await page.mouse.click(600, 400);
    await eventually(() => menu.count()).toBe(0);
    await page.mouse.click(600, 400, { button: 'right' });
    await eventually(() => menu.count()).toBe(1);
    await page.mouse.wheel(0, 200);
    await eventually(() => menu.count()).toBe(0);
  });

  it('locks a shape, and offers unlock on a right-click on the locked shape', async () => {
    const { page } = await alice();
    await drawRectangle(page, [400, 300], [500, 380]);
    await page.mouse.click(450, 340, { button: 'right' });
    await page.getByTestId('context-toggle-lock').click();
    await eventually(async () => (await docShapes(page))[0]?.locked).toBe(true);

    // A click does not pick it any more; a right-click offers the way out.
    await page.mouse.click(450, 340);
    expect(await selectedCount(page)).toBe(0);
    await page.mouse.click(450, 340, { button: 'right' });
    expect(await menuNames(page)).toContain('context-unlock');
    await page.getByTestId('context-unlock').click();
    await eventually(async () => (await docShapes(page))[0]?.locked).toBe(false);
    expect(await selectedCount(page)).toBe(1);
  });

  it('copies the selection as a PNG image the clipboard can read back', async () => {
    const { page } = await alice({ clipboard: true });
    await drawRectangle(page, [400, 300], [500, 380]);
    await page.mouse.click(450, 340, { button: 'right' });
    await page.getByTestId('context-copy-as-png').click();
    await eventually(() => page.getByTestId('notice').textContent()).toBe('Copied as PNG');
    const image = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const blob = await item!.getType('image/png');
      const bitmap = await createImageBitmap(blob);
      return { types: item!.types, width: bitmap.width, height: bitmap.height };
    });
    expect(image.types).toContain('image/png');
    // Twice the 100×80 rectangle plus its stroke, for sharp screens.
    expect(image.width).toBeGreaterThan(200);
    expect(image.height).toBeGreaterThan(160);

    await page.mouse.click(450, 340, { button: 'right' });
    await page.getByTestId('context-copy-as-svg').click();
    await eventually(() => page.getByTestId('notice').textContent()).toBe('Copied as SVG');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
      /^<svg[\s\S]*<\/svg>\s*$/,
    );
  });

  it('says so when the browser refuses to copy an image', async () => {
    const { page } = await alice();
    await drawRectangle(page, [400, 300], [500, 380]);
    await page.evaluate(() => {
      navigator.clipboard.write = () => Promise.reject(new Error('Write permission denied.'));
    });
    await page.mouse.click(450, 340, { button: 'right' });
    await page.getByTestId('context-copy-as-png').click();
    await eventually(() => page.getByTestId('notice').textContent()).toBe(
      'The browser refused to copy the PNG: Write permission denied.',
    );
  });

  it('opens on a long press of a finger, without drawing or dragging', async () => {
    const { board, page } = await alice();
    const phone = await fixture.person({ viewport: { width: 375, height: 812 }, hasTouch: true });
    await BoardDriver.open(phone.page, board.editUrl);
    await drawRectangle(page, [100, 300], [250, 420]);
    await eventually(() => shapeCount(phone.page)).toBe(1);
    const before = await docShapes(phone.page);
    const touch = await phone.page.context().newCDPSession(phone.page);
    const hold = async (x: number, y: number) => {
      await touch.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x, y }] });
      await eventually(() => phone.page.getByTestId('context-menu').isVisible()).toBe(true);
      await touch.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    };

    // On the shape: it is selected and its menu opens; the shape did not move.
    await hold(175, 360);
    expect(await selectedCount(phone.page)).toBe(1);
    expect(await menuNames(phone.page)).toContain('context-duplicate');
    await screenshot(phone.page, 'context-menu-phone');
    await phone.page.getByTestId('context-duplicate').tap();
    await eventually(() => shapeCount(page)).toBe(2);
    expect((await docShapes(page)).filter((s) => s.x === before[0]!.x)).toHaveLength(1);

    // With the rectangle tool, on empty canvas: the menu, and no rectangle.
    await phone.page.getByTestId('tool-rect').tap();
    await hold(200, 600);
    expect(await menuNames(phone.page)).toContain('context-select-all');
    expect(await shapeCount(phone.page)).toBe(2);
    await phone.page.keyboard.press('Escape');
    await eventually(() => phone.page.getByTestId('context-menu').count()).toBe(0);
    expect(await shapeCount(phone.page)).toBe(2);
  });
});
