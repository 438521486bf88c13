import { frameStats, sleep } from '../stats.ts';
import { settle, type CanvasTarget } from '../target.ts';

export const REMOTE_RATE = 1_000;

export interface BurstResult {
  zoom: number;
  /** Changes per second the collaborator actually sent. */
  sentPerSecond: number;
  frameP95Ms: number;
}

/** C3: a collaborator moves existing shapes, REMOTE_RATE changes a second, while we watch. */
export async function measureRemoteBurst(
  target: CanvasTarget,
  durationMs: number,
): Promise<BurstResult> {
  const { page } = target;
  await target.clearSelection();
  const zoom = await target.showView('zoom 0.1');
  await settle(page);
  await page.evaluate(() => window.__bench!.startRecording(null));
  const began = Date.now();
  await target.startRemoteBurst(REMOTE_RATE);
  await sleep(durationMs);
  const sent = await target.stopRemoteBurst();
  const seconds = (Date.now() - began) / 1000;
  const recording = await page.evaluate(() => window.__bench!.stopRecording());
  return { zoom, sentPerSecond: sent / seconds, frameP95Ms: frameStats(recording).frameP95Ms };
}
