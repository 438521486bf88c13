// Injected into both benchmark pages before any app code (built to an IIFE by build.ts):
// times the first paint, records frames, drives the wheel and reads the heap, the same
// way for Sketchroom and for Excalidraw.
import { sketchroomApp } from './sketchroom-app.ts';
import type { BenchApp, BenchProbe, Recording, WheelPlan } from './types.ts';

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

function currentApp(): BenchApp | null {
  return window.__benchApp ?? sketchroomApp();
}

// A frame "repaints the shapes" when something clears or fills a shape canvas: Konva
// clears a layer before drawing it, Excalidraw fills its static canvas with the background.
let watched = new WeakSet<HTMLCanvasElement>();
let painted = false;
const context = CanvasRenderingContext2D.prototype;
for (const name of ['clearRect', 'fillRect'] as const) {
  const original = context[name];
  context[name] = function (this: CanvasRenderingContext2D, x, y, w, h) {
    if (watched.has(this.canvas)) painted = true;
    return original.call(this, x, y, w, h);
  };
}

let openedAt: number | null = null;

/** Polls once a frame until the board knows `target` shapes, then lets two frames render. */
async function timeFirstPaint(target: number): Promise<void> {
  // Bounded: a board that never loads gives up after about five minutes of frames.
  for (let frame = 0; frame < 18_000; frame++) {
    await nextFrame();
    if (currentApp()?.shapeCount() === target) {
      await nextFrame();
      openedAt = await nextFrame();
      return;
    }
  }
}

interface Session {
  started: number;
  last: number;
  frameDeltas: number[];
  cameraUpdates: number;
  repaintFrames: number;
  wheelEvents: number;
  running: boolean;
  wheelTimer: ReturnType<typeof setInterval> | null;
}

let session: Session | null = null;

function driveWheel(run: Session, plan: WheelPlan): ReturnType<typeof setInterval> {
  const x = innerWidth / 2;
  const y = innerHeight / 2;
  let angle = 0;
  const turn = (2 * Math.PI * plan.intervalMs) / plan.periodMs;
  return setInterval(() => {
    const target = document.elementFromPoint(x, y) ?? document.body;
    target.dispatchEvent(
      new WheelEvent('wheel', {
        clientX: x,
        clientY: y,
        deltaX: plan.step * Math.cos(angle),
        deltaY: plan.step * Math.sin(angle),
        deltaMode: 0,
        bubbles: true,
        cancelable: true,
      }),
    );
    angle += turn;
    run.wheelEvents++;
  }, plan.intervalMs);
}

async function sample(run: Session): Promise<void> {
  const app = currentApp();
  let camera = app?.camera();
  while (run.running) {
    const now = await nextFrame();
    if (!run.running) return;
    run.frameDeltas.push(now - run.last);
    run.last = now;
    const next = app?.camera();
    if (
      next &&
      camera &&
      (next.x !== camera.x || next.y !== camera.y || next.zoom !== camera.zoom)
    ) {
      run.cameraUpdates++;
    }
    camera = next;
    if (painted) run.repaintFrames++;
    painted = false;
  }
}

const probe: BenchProbe = {
  get app() {
    return currentApp();
  },
  get openedAt() {
    return openedAt;
  },
  startRecording(wheel) {
    if (session) session.running = false;
    watched = new WeakSet(currentApp()?.shapeCanvases() ?? []);
    painted = false;
    const now = performance.now();
    const run: Session = {
      started: now,
      last: now,
      frameDeltas: [],
      cameraUpdates: 0,
      repaintFrames: 0,
      wheelEvents: 0,
      running: true,
      wheelTimer: null,
    };
    if (wheel) run.wheelTimer = driveWheel(run, wheel);
    session = run;
    void sample(run);
  },
  stopRecording(): Recording {
    const run = session;
    if (!run) throw new Error('no recording in progress');
    run.running = false;
    if (run.wheelTimer !== null) clearInterval(run.wheelTimer);
    session = null;
    return {
      durationMs: performance.now() - run.started,
      frames: run.frameDeltas.length,
      frameDeltas: run.frameDeltas,
      cameraUpdates: run.cameraUpdates,
      repaintFrames: run.repaintFrames,
      wheelEvents: run.wheelEvents,
    };
  },
  heapBytes() {
    window.gc?.();
    window.gc?.();
    const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
    return memory?.usedJSHeapSize ?? NaN;
  },
  async settle() {
    await nextFrame();
    await nextFrame();
  },
  async countStored(database, store) {
    // Opening a database that does not exist would create it, empty, under the app's feet.
    const known = await indexedDB.databases();
    if (!known.some((candidate) => candidate.name === database)) return 0;
    return new Promise<number>((resolve) => {
      const open = indexedDB.open(database);
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        const finish = (count: number) => {
          db.close();
          resolve(count);
        };
        if (!db.objectStoreNames.contains(store)) return finish(0);
        const request = db.transaction(store).objectStore(store).count();
        request.onsuccess = () => finish(request.result);
        request.onerror = () => finish(0);
      };
    });
  },
};

window.__bench = probe;
if (typeof window.__benchOpenTarget === 'number') void timeFirstPaint(window.__benchOpenTarget);
