import { CaptureUpdateAction, newElementWith } from '@excalidraw/excalidraw';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import type { BenchApp } from '../probe/types.ts';
import { remoteMoves, type SceneShape } from '../scene.ts';

/** Controls only the Excalidraw page needs; Sketchroom is driven through its own UI instead. */
export interface ExcalidrawBench {
  /** Centres the view on a page point at a zoom, as a user scrolling there would end up. */
  setView(zoom: number, centerX: number, centerY: number): void;
  /** Excalidraw's own zoom to fit; returns the zoom it reached. */
  fit(): number;
  select(ids: string[]): void;
  selectedCount(): number;
  position(id: string): { x: number; y: number } | null;
  /** Moves existing shapes as a collaborator's updates would, `rate` changes per second. */
  startRemoteBurst(rate: number): void;
  /** Stops the burst; returns how many changes were applied. */
  stopRemoteBurst(): number;
}

declare global {
  interface Window {
    __excalidrawBench?: ExcalidrawBench;
  }
}

export function installBenchHooks(api: ExcalidrawImperativeAPI, scene: SceneShape[]): void {
  const app: BenchApp = {
    camera() {
      const state = api.getAppState();
      return { x: state.scrollX, y: state.scrollY, zoom: state.zoom.value };
    },
    shapeCount: () => api.getSceneElements().length,
    pageToClient(x, y) {
      const state = api.getAppState();
      const zoom = state.zoom.value;
      return {
        x: (x + state.scrollX) * zoom + state.offsetLeft,
        y: (y + state.scrollY) * zoom + state.offsetTop,
      };
    },
    // The static canvas holds the elements; the interactive one only selection and cursors.
    shapeCanvases: () => [...document.querySelectorAll<HTMLCanvasElement>('canvas.static')],
  };

  let burst: { timer: ReturnType<typeof setInterval> | undefined; applied: number } | null = null;
  const bench: ExcalidrawBench = {
    setView(zoom, centerX, centerY) {
      const state = api.getAppState();
      api.updateScene({
        appState: {
          zoom: { value: zoom as never },
          scrollX: state.width / 2 / zoom - centerX,
          scrollY: state.height / 2 / zoom - centerY,
        },
        captureUpdate: CaptureUpdateAction.NEVER,
      });
    },
    fit() {
      api.scrollToContent(undefined, { fitToContent: true, animate: false });
      return api.getAppState().zoom.value;
    },
    select(ids) {
      const selectedElementIds = Object.fromEntries(ids.map((id) => [id, true as const]));
      api.updateScene({
        appState: { selectedElementIds },
        captureUpdate: CaptureUpdateAction.NEVER,
      });
    },
    selectedCount: () => Object.keys(api.getAppState().selectedElementIds).length,
    position(id) {
      const element = api.getSceneElements().find((candidate) => candidate.id === id);
      return element ? { x: element.x, y: element.y } : null;
    },
    startRemoteBurst(rate) {
      const started = performance.now();
      // Enough moves for a minute; the harness bursts for seconds.
      const moves = remoteMoves(rate * 60, scene.length);
      const run = { applied: 0, timer: undefined as ReturnType<typeof setInterval> | undefined };
      // Changes due by now are applied together, as a collaborator's socket delivers them.
      run.timer = setInterval(() => {
        const elapsed = performance.now() - started;
        const due = Math.min(moves.length, Math.floor((elapsed * rate) / 1000));
        if (due <= run.applied) return;
        const batch = new Map<string, { dx: number; dy: number }>();
        for (const move of moves.slice(run.applied, due)) {
          const id = (scene[move.index] as SceneShape).id;
          const known = batch.get(id);
          batch.set(id, { dx: move.dx + (known?.dx ?? 0), dy: move.dy + (known?.dy ?? 0) });
        }
        const elements = api.getSceneElementsIncludingDeleted().map((element) => {
          const move = batch.get(element.id);
          if (!move) return element;
          return newElementWith(element, { x: element.x + move.dx, y: element.y + move.dy });
        });
        api.updateScene({ elements, captureUpdate: CaptureUpdateAction.NEVER });
        run.applied = due;
      }, 20);
      burst = run;
    },
    stopRemoteBurst() {
      if (!burst) return 0;
      clearInterval(burst.timer);
      const { applied } = burst;
      burst = null;
      return applied;
    },
  };
  window.__benchApp = app;
  window.__excalidrawBench = bench;
}
