import type { Page } from 'playwright-core';
// The editor's test hook (`window.__sketchroom`), typed for code that runs in the page.
import type {} from '../../../apps/web/src/canvas/inspector.ts';

/** Shapes the board page's editor knows about, read through its inspector. */
export const shapeCount = (page: Page) =>
  page.evaluate(() => window.__sketchroom?.shapeCount() ?? -1);
