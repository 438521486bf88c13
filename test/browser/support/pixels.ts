import type { Page } from 'playwright-core';
// The editor's test hook (`window.__sketchroom`), typed for code that runs in the page.
import type {} from '../../../apps/web/src/canvas/inspector.ts';

export type Rgb = readonly [number, number, number];

/** The colour the board's canvases show at a page point: the topmost opaque canvas pixel. */
export async function canvasColorAt(page: Page, x: number, y: number): Promise<Rgb | null> {
  const screen = await page.evaluate(
    ([px, py]) => window.__sketchroom!.pageToScreen(px, py),
    [x, y],
  );
  return page.evaluate(({ x, y }) => {
    const canvases = [
      ...document.querySelectorAll<HTMLCanvasElement>('[data-testid="canvas"] canvas'),
    ];
    for (const canvas of canvases.reverse()) {
      const scale = canvas.width / canvas.getBoundingClientRect().width;
      const [r, g, b, a] = canvas
        .getContext('2d')!
        .getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
      if (a! > 200) return [r!, g!, b!] as const;
    }
    return null;
  }, screen);
}

/** The colour of an image file at a share (0–1) of its width and height, decoded by the browser. */
export function imageColorAt(page: Page, file: Buffer | string, fx: number, fy: number) {
  // Passed as base64, not fetched: the app's content policy refuses to fetch data: URLs.
  const base64 =
    typeof file === 'string' ? file.slice(file.indexOf(',') + 1) : file.toString('base64');
  return page.evaluate(
    async ({ base64, fx, fy }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes]));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const x = Math.min(bitmap.width - 1, Math.floor(bitmap.width * fx));
      const y = Math.min(bitmap.height - 1, Math.floor(bitmap.height * fy));
      const [r, g, b] = ctx.getImageData(x, y, 1, 1).data;
      return [r!, g!, b!] as const;
    },
    { base64, fx, fy },
  );
}

/** Within a few levels per channel (colour conversion and smoothing may shift a little). */
export function near(color: Rgb | null, expected: Rgb, tolerance = 8): boolean {
  return color !== null && color.every((c, i) => Math.abs(c - expected[i]!) <= tolerance);
}
