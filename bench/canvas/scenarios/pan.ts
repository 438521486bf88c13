import type { WheelPlan } from '../probe/types.ts';
import { frameStats, sleep } from '../stats.ts';
import { heapMb, settle, type CanvasTarget, type ViewName } from '../target.ts';

/** 20 px per wheel event every 16 ms, round a circle once a second, so the view stays put. */
const WHEEL: WheelPlan = { step: 20, periodMs: 1_000, intervalMs: 16 };

export interface PanResult {
  zoom: number;
  updatesPerSecond: number;
  /** Frames per second in which the shapes were repainted: a check on updatesPerSecond. */
  repaintsPerSecond: number;
  frameP95Ms: number;
  heapMb: number;
}

/**
 * C1: pans with the wheel and counts the frames that showed a new camera position. An
 * unrecorded first lap lets both apps fill their caches for this zoom, so the figure is
 * the steady state and does not depend on which view was measured first.
 */
export async function measurePan(
  target: CanvasTarget,
  view: ViewName,
  warmUpMs: number,
  durationMs: number,
): Promise<PanResult> {
  const { page } = target;
  const zoom = await target.showView(view);
  await settle(page);
  await page.evaluate((plan) => window.__bench!.startRecording(plan), WHEEL);
  await sleep(warmUpMs);
  await page.evaluate(() => window.__bench!.stopRecording());
  await page.evaluate((plan) => window.__bench!.startRecording(plan), WHEEL);
  await sleep(durationMs);
  const recording = await page.evaluate(() => window.__bench!.stopRecording());
  await settle(page);
  const stats = frameStats(recording);
  return {
    zoom,
    updatesPerSecond: stats.cameraUpdatesPerSecond,
    repaintsPerSecond: stats.repaintsPerSecond,
    frameP95Ms: stats.frameP95Ms,
    heapMb: await heapMb(page),
  };
}
