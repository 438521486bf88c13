import type { DragPlan } from '../drag-plan.ts';
import { frameStats, sleep } from '../stats.ts';
import { settle, type CanvasTarget } from '../target.ts';

const STEP_MS = 16;
/** Screen pixels: the drag goes round a circle this big, once a second. */
const RADIUS = 80;

export interface DragResult {
  selected: number;
  zoom: number;
  /** Frames per second in which the dragged shapes were repainted at a new position. */
  updatesPerSecond: number;
  frameP95Ms: number;
  /** Whether the shapes really moved (the drag was a drag, not a marquee). */
  moved: boolean;
}

/** C2: selects the plan's shapes, then drags them with the mouse in 16 ms steps. */
export async function measureDrag(
  target: CanvasTarget,
  plan: DragPlan,
  durationMs: number,
): Promise<DragResult> {
  const { page } = target;
  const selected = await target.selectForDrag(plan);
  const probeId = plan.ids[0] as string;
  const before = await target.position(probeId);
  const start = await page.evaluate(([x, y]) => window.__bench!.app!.pageToClient(x, y), [
    plan.press.x,
    plan.press.y,
  ] as const);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // Moves go straight to the DevTools protocol without waiting for each to be handled, as
  // a real mouse keeps moving: awaiting page.mouse.move would cap the rate at about 30/s.
  const devtools = await page.context().newCDPSession(page);
  const sent: Promise<unknown>[] = [];
  await page.evaluate(() => window.__bench!.startRecording(null));
  const began = Date.now();
  // Bounded by time and by step count, whichever ends first.
  for (let step = 1; step < 10_000 && Date.now() - began < durationMs; step++) {
    const angle = (2 * Math.PI * (Date.now() - began)) / 1000;
    const x = start.x + RADIUS * (Math.cos(angle) - 1) + 2;
    const y = start.y + RADIUS * Math.sin(angle) + 2;
    sent.push(
      devtools.send('Input.dispatchMouseEvent', {
        type: 'mouseMoved',
        x,
        y,
        button: 'left',
        buttons: 1,
      }),
    );
    await sleep(Math.max(0, began + step * STEP_MS - Date.now()));
  }
  const recording = await page.evaluate(() => window.__bench!.stopRecording());
  await Promise.all(sent);
  await devtools.detach();
  // End away from the start, so a real drag leaves the shapes somewhere else.
  await page.mouse.move(start.x + 30, start.y + 30);
  await page.mouse.up();
  await settle(page);
  let moved = false;
  for (let poll = 0; poll < 30 && !moved; poll++) {
    const after = await target.position(probeId);
    moved = before !== null && after !== null && (after.x !== before.x || after.y !== before.y);
    if (!moved) await sleep(100);
  }
  await target.clearSelection();
  const stats = frameStats(recording);
  return {
    selected,
    zoom: plan.zoom,
    updatesPerSecond: stats.repaintsPerSecond,
    frameP95Ms: stats.frameP95Ms,
    moved,
  };
}
