import type { Page } from 'playwright-core';

/** Presses at `from`, moves to `to` in a few steps (as a hand would), and lets go. */
export async function drag(page: Page, from: [number, number], to: [number, number]) {
  await page.mouse.move(...from);
  await page.mouse.down();
  await page.mouse.move((from[0] + to[0]) / 2, (from[1] + to[1]) / 2, { steps: 4 });
  await page.mouse.move(...to, { steps: 4 });
  await page.mouse.up();
}

/** Draws a rectangle with the mouse, as a person would: R, then a drag on the canvas. */
export async function drawRectangle(page: Page, from: [number, number], to: [number, number]) {
  await page.getByTestId('canvas').click({ position: { x: 5, y: 700 } });
  await page.keyboard.press('r');
  await drag(page, from, to);
}
