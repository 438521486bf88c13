import type { Page } from 'playwright-core';
// The editor's test hook (`window.__sketchroom`), typed for code that runs in the page.
import type {} from '../../../apps/web/src/canvas/inspector.ts';

/** Shapes the board page's editor knows about, read through its inspector. */
export const shapeCount = (page: Page) =>
  page.evaluate(() => window.__sketchroom?.shapeCount() ?? -1);

/**
 * Every shape map of the page's own Y.Doc as plain JSON (a label or text as a string),
 * with its id: what a plain Yjs client reads through the documented schema.
 */
export function docShapes<T = Record<string, unknown>>(
  page: Page,
): Promise<Array<T & { id: string }>> {
  return page.evaluate(() => {
    const shapes = window.__sketchroom!.doc().getMap('shapes');
    return [...shapes.entries()].map(([id, map]) => {
      const json = (map as { toJSON(): Record<string, unknown> }).toJSON();
      return { id, ...json };
    });
  }) as Promise<Array<T & { id: string }>>;
}
