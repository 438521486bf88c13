import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { toolActions } from '../../apps/web/src/actions/tool-actions.ts';
import { createBoard } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { drawRectangle } from './support/drawing.ts';
import { shapeCount } from './support/inspector.ts';
import { withApp } from './support/with-app.ts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const SCREENS = [
  { name: 'phone', width: 375, height: 812 },
  { name: 'tablet', width: 768, height: 1024 },
  { name: 'laptop', width: 1280, height: 800 },
] as const;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} is not shown`);
  return box;
}

function inside(box: Box, width: number, height: number): boolean {
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

const toolState = (page: Page) => page.evaluate(() => window.__sketchroom?.toolState() ?? '');
const camera = (page: Page) => page.evaluate(() => window.__sketchroom?.camera());

describe('layout on phones, tablets and laptops', () => {
  const fixture = withApp();

  for (const screen of SCREENS) {
    it(`reaches every tool, Share, the theme and the style panel at ${screen.width}×${screen.height}`, async () => {
      const { editUrl } = await createBoard(fixture.app);
      // A crowd: five avatars and the people count must leave Share and the theme toggle whole.
      for (let i = 0; i < 3; i++) await BoardDriver.open((await fixture.person()).page, editUrl);
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await fixture.person({ viewport: screen, colorScheme });
        await BoardDriver.open(page, editUrl);
        const { width, height } = screen;

        // Every tool of the registry: shown whole inside the window, and it answers a tap.
        expect(toolActions.length).toBeGreaterThan(8);
        for (const action of toolActions) {
          const button = page.getByTestId(action.name);
          expect(inside(await boxOf(button), width, height), action.name).toBe(true);
          await button.click();
          expect(await toolState(page)).toMatch(new RegExp(`^${action.name.slice(5)}`));
        }
        for (const id of [
          'theme-toggle',
          'share-button',
          'zoom-in',
          'zoom-out',
          'zoom-to-fit',
          'undo',
          'menu-button',
        ]) {
          expect(inside(await boxOf(page.getByTestId(id)), width, height), id).toBe(true);
        }

        // Drawing tool: the style panel folds; opened, it stays clear of the toolbar.
        await page.getByTestId('tool-rect').click();
        await page.getByTestId('style-toggle').click();
        const toolbar = await boxOf(page.getByTestId('toolbar'));
        const panel = await boxOf(page.getByTestId('style-panel'));
        expect(overlaps(panel, toolbar)).toBe(false);
        expect(inside(panel, width, height)).toBe(true);
        await screenshot(page, `layout-${screen.name}-${colorScheme}-style`);
        await page.getByTestId('stroke-red').click();
        expect(await page.getByTestId('stroke-red').getAttribute('aria-pressed')).toBe('true');
        await page.getByTestId('style-toggle').click();
        await eventually(() => page.getByTestId('style-panel').count()).toBe(0);

        // The top bar's buttons are not under one another: Share and the theme toggle whole.
        const share = await boxOf(page.getByTestId('share-button'));
        const theme = await boxOf(page.getByTestId('theme-toggle'));
        expect(overlaps(share, theme)).toBe(false);
        expect(overlaps(await boxOf(page.getByTestId('title-input')), share)).toBe(false);
        await screenshot(page, `layout-${screen.name}-${colorScheme}`);

        // The canvas menu opens inside the window.
        await page.mouse.click(width - 20, height / 2, { button: 'right' });
        const menu = page.getByTestId('context-menu');
        await eventually(() => menu.isVisible()).toBe(true);
        expect(inside(await boxOf(menu), width, height)).toBe(true);
        await screenshot(page, `layout-${screen.name}-${colorScheme}-menu`);
        await page.keyboard.press('Escape');
      }
    });
  }

  it('lets a drag that starts in the old style-panel column draw a rectangle', async () => {
    const { page } = await fixture.person();
    await BoardDriver.open(page, (await createBoard(fixture.app)).editUrl);
    await page.keyboard.press('r');
    // Nothing of the panel is at the press: the canvas gets it.
    const hit = await page.evaluate(() =>
      document.elementFromPoint(150, 400)?.closest('[data-testid]')?.getAttribute('data-testid'),
    );
    expect(hit).toBe('canvas');
    await page.mouse.move(150, 400);
    await page.mouse.down();
    await page.mouse.move(200, 440, { steps: 4 });
    await page.mouse.move(260, 480, { steps: 4 });
    await page.mouse.up();
    await eventually(() => shapeCount(page)).toBe(1);
    await screenshot(page, 'layout-laptop-drawn-in-column');
  });

  it('closes the export menu with Escape, keeping the selection', async () => {
    const { page } = await fixture.person();
    await BoardDriver.open(page, (await createBoard(fixture.app)).editUrl);
    await drawRectangle(page, [500, 300], [640, 400]);
    await eventually(() => page.evaluate(() => window.__sketchroom?.selectedIds().length)).toBe(1);
    await page.getByTestId('menu-button').click();
    await expect.poll(() => page.getByTestId('export-menu').isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await eventually(() => page.getByTestId('export-menu').count()).toBe(0);
    expect(await page.evaluate(() => window.__sketchroom?.selectedIds().length)).toBe(1);
    // Focus went back to the button that opened it.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'menu-button',
    );
  });

  it('finds the way back: zoom to fit, and back to content when the view is empty', async () => {
    const { page } = await fixture.person();
    await BoardDriver.open(page, (await createBoard(fixture.app)).editUrl);
    await drawRectangle(page, [500, 300], [640, 400]);
    await eventually(() => shapeCount(page)).toBe(1);
    const back = page.getByTestId('back-to-content');
    expect(await back.count()).toBe(0);

    // Scroll far away: the board has a shape, the view shows none.
    await page.mouse.move(700, 500);
    for (let i = 0; i < 4; i++) await page.mouse.wheel(0, 600);
    await eventually(() => back.count()).toBe(1);
    await screenshot(page, 'layout-back-to-content');
    await back.click();
    await eventually(() => back.count()).toBe(0);
    const centred = await page.evaluate(() => window.__sketchroom?.pageToScreen(570, 350));
    expect(centred!.x).toBeCloseTo(640, 0);
    expect(centred!.y).toBeCloseTo(400, 0);

    // Zoom to fit from the zoom controls, after zooming in away from the shape.
    for (let i = 0; i < 4; i++) await page.getByTestId('zoom-in').click();
    await page.mouse.wheel(900, 0);
    const before = await camera(page);
    await page.getByTestId('zoom-to-fit').click();
    await eventually(async () => (await camera(page))?.zoom).not.toBe(before?.zoom);
    const fitted = await page.evaluate(() => window.__sketchroom?.pageToScreen(570, 350));
    expect(fitted!.x).toBeCloseTo(640, 0);
    expect(fitted!.y).toBeCloseTo(400, 0);
  });
});
