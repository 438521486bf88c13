import type { Browser, Page } from 'playwright-core';
import type { Vec } from '../../packages/geometry/src/index.ts';
import { newBenchContext } from './browser.ts';
import type { DragPlan } from './drag-plan.ts';
import type {} from './excalidraw-page/bench-hooks.ts';
import {
  heapMb,
  settle,
  waitForOpen,
  type CanvasTarget,
  type Opened,
  type ViewName,
} from './target.ts';

export interface ExcalidrawSession {
  readonly target: CanvasTarget;
  /** Navigation start → all elements in the scene from initialData and two frames drawn. */
  readonly opened: Opened;
  close(): Promise<void>;
}

async function setView(page: Page, zoom: number, center: Vec): Promise<number> {
  await page.evaluate(([z, x, y]) => window.__excalidrawBench!.setView(z, x, y), [
    zoom,
    center.x,
    center.y,
  ] as const);
  await settle(page);
  return page.evaluate(() => window.__bench!.app!.camera().zoom);
}

function excalidrawTarget(page: Page, center: Vec): CanvasTarget {
  return {
    name: 'Excalidraw',
    page,
    async showView(view: ViewName) {
      if (view !== 'fit') return setView(page, view === 'zoom 1' ? 1 : 0.1, center);
      const zoom = await page.evaluate(() => window.__excalidrawBench!.fit());
      await settle(page);
      return zoom;
    },
    async selectForDrag(plan: DragPlan) {
      await setView(page, plan.zoom, plan.center);
      await page.evaluate((ids) => window.__excalidrawBench!.select(ids), plan.ids);
      await settle(page);
      return page.evaluate(() => window.__excalidrawBench!.selectedCount());
    },
    async clearSelection() {
      await page.evaluate(() => window.__excalidrawBench!.select([]));
      await settle(page);
    },
    position(sceneId) {
      return page.evaluate((id) => window.__excalidrawBench!.position(id), sceneId);
    },
    async startRemoteBurst(rate) {
      await page.evaluate((r) => window.__excalidrawBench!.startRemoteBurst(r), rate);
    },
    stopRemoteBurst() {
      return page.evaluate(() => window.__excalidrawBench!.stopRemoteBurst());
    },
  };
}

/** Opens the reference page with `count` shapes in a fresh browser profile. */
export async function openExcalidraw(
  browser: Browser,
  pageUrl: string,
  count: number,
  center: Vec,
): Promise<ExcalidrawSession> {
  const context = await newBenchContext(browser, { openTarget: count });
  try {
    const page = await context.newPage();
    await page.goto(`${pageUrl}/?n=${count}`, { waitUntil: 'commit' });
    const opened = { ms: await waitForOpen(page), heapMb: await heapMb(page) };
    return { target: excalidrawTarget(page, center), opened, close: () => context.close() };
  } catch (error) {
    await context.close();
    throw error;
  }
}
