import type { Page } from 'playwright-core';
// The editor's test hook (`window.__sketchroom`), typed for code that runs in the page.
import type {} from '../../../apps/web/src/canvas/inspector.ts';

/** A box in page coordinates. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Opaque pixels the board's canvases paint inside a page box. The dot grid is CSS
 * behind them, so inside an unfilled shape only its label paints anything.
 */
export async function inkIn(page: Page, box: Box): Promise<number> {
  const toScreen = (x: number, y: number) =>
    page.evaluate(([px, py]) => window.__sketchroom!.pageToScreen(px, py), [x, y]);
  const { x: left, y: top } = await toScreen(box.x, box.y);
  const { x: right, y: bottom } = await toScreen(box.x + box.width, box.y + box.height);
  return page.evaluate(
    ({ left, top, right, bottom }) => {
      let count = 0;
      for (const canvas of document.querySelectorAll<HTMLCanvasElement>(
        '[data-testid="canvas"] canvas',
      )) {
        const scale = canvas.width / canvas.getBoundingClientRect().width;
        const x = Math.round(left * scale);
        const y = Math.round(top * scale);
        const w = Math.round((right - left) * scale);
        const h = Math.round((bottom - top) * scale);
        const data = canvas.getContext('2d')!.getImageData(x, y, w, h).data;
        for (let i = 3; i < data.length; i += 4) if (data[i] > 128) count++;
      }
      return count;
    },
    { left, top, right, bottom },
  );
}

/** The middle half of a shape's box, away from its outline. */
export function innerBox(g: Box): Box {
  return { x: g.x + g.width / 4, y: g.y + g.height / 4, width: g.width / 2, height: g.height / 2 };
}
