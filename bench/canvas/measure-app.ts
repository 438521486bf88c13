import type { DragPlan } from './drag-plan.ts';
import { measureDrag, type DragResult } from './scenarios/drag.ts';
import { measurePan, type PanResult } from './scenarios/pan.ts';
import { measureRemoteBurst, type BurstResult } from './scenarios/remote-burst.ts';
import { VIEWS, type CanvasTarget, type ViewName } from './target.ts';

export interface AppResults {
  pan: Record<ViewName, PanResult>;
  drag: DragResult;
  burst: BurstResult;
}

export interface Windows {
  /** Unrecorded panning before each C1 recording. */
  panWarmUpMs: number;
  panMs: number;
  dragMs: number;
  burstMs: number;
}

/** C1 to C3 on one open board, in a fixed order so both apps go through the same steps. */
export async function measureApp(
  target: CanvasTarget,
  plan: DragPlan,
  windows: Windows,
  log: (line: string) => void,
): Promise<AppResults> {
  const pan = {} as Record<ViewName, PanResult>;
  for (const view of VIEWS) {
    pan[view] = await measurePan(target, view, windows.panWarmUpMs, windows.panMs);
    const { updatesPerSecond, repaintsPerSecond, zoom } = pan[view];
    log(
      `C1 ${view}: ${updatesPerSecond.toFixed(1)} updates/s ` +
        `(${repaintsPerSecond.toFixed(1)} repaints/s) at zoom ${zoom}`,
    );
  }
  const drag = await measureDrag(target, plan, windows.dragMs);
  log(
    `C2: ${drag.updatesPerSecond.toFixed(1)} updates/s, ${drag.selected} selected, moved ${drag.moved}`,
  );
  const burst = await measureRemoteBurst(target, windows.burstMs);
  log(
    `C3: p95 ${burst.frameP95Ms.toFixed(1)} ms, ${burst.sentPerSecond.toFixed(0)} changes/s sent`,
  );
  return { pan, drag, burst };
}
