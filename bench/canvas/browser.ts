import type { Browser, BrowserContext } from 'playwright-core';
import { launchChromium } from '../../test/support/chromium.ts';
import { probeScript } from './build.ts';

/** The shared Chromium launch with software rendering: the setting every canvas figure is measured in. */
export function launchBenchBrowser(): Promise<Browser> {
  // Only for measuring: window.gc() before reading the heap, and unrounded heap sizes.
  return launchChromium(['--js-flags=--expose-gc', '--enable-precise-memory-info']);
}

export interface ContextOptions {
  /** Time the first paint of this many shapes (the probe's `openedAt`). */
  openTarget?: number;
}

/**
 * A fresh profile at 1280×800 with the probe injected before any page script. Nothing
 * leaves 127.0.0.1, and service workers are off so every load is the app's own work.
 */
export async function newBenchContext(
  browser: Browser,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  if (options.openTarget !== undefined) {
    await context.addInitScript((target) => {
      window.__benchOpenTarget = target;
    }, options.openTarget);
  }
  await context.addInitScript({ path: probeScript });
  return context;
}
