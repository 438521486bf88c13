import type { Page } from 'playwright-core';
import type { DragPlan } from './drag-plan.ts';

export const VIEWS = ['zoom 1', 'zoom 0.1', 'fit'] as const;
export type ViewName = (typeof VIEWS)[number];

export interface Opened {
  /** Navigation start → all shapes known and two more frames drawn, in ms. */
  ms: number;
  heapMb: number;
}

/** One app with the benchmark board open, driven the same way whichever app it is. */
export interface CanvasTarget {
  readonly name: 'Sketchroom' | 'Excalidraw';
  readonly page: Page;
  /** Shows a view centred on the scene; returns the zoom the app actually reached. */
  showView(view: ViewName): Promise<number>;
  /** Zooms to the plan's zoom and selects its shapes; returns how many are selected. */
  selectForDrag(plan: DragPlan): Promise<number>;
  clearSelection(): Promise<void>;
  /** Where a scene shape is now, in page coordinates. */
  position(sceneId: string): Promise<{ x: number; y: number } | null>;
  /** A collaborator starts moving existing shapes, `rate` changes per second. */
  startRemoteBurst(rate: number): Promise<void>;
  /** Returns how many changes were sent. */
  stopRemoteBurst(): Promise<number>;
}

/** Waits two frames in the page, so what was just changed has been drawn. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(() => window.__bench?.settle());
}

/** Polls the probe until the board first painted all its shapes; returns that time in ms. */
export async function waitForOpen(page: Page, timeoutMs = 180_000): Promise<number> {
  const handle = await page.waitForFunction(() => window.__bench?.openedAt ?? null, null, {
    timeout: timeoutMs,
    polling: 100,
  });
  return (await handle.jsonValue()) as number;
}

/** JS heap in MB after a full collection. */
export async function heapMb(page: Page): Promise<number> {
  const bytes = await page.evaluate(() => window.__bench?.heapBytes() ?? NaN);
  return bytes / 1024 / 1024;
}
