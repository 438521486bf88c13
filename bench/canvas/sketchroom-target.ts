import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ShapeId } from '../../packages/board-model/src/index.ts';
import type { ShapePatch } from '../../packages/board-yjs/src/index.ts';
import { newBenchContext } from './browser.ts';
import type { DragPlan } from './drag-plan.ts';
import { remoteMoves, type SceneShape } from './scene.ts';
import {
  connectClient,
  createBoard,
  seedBoard,
  type AppServer,
  type Board,
  type BoardClient,
} from './sketchroom-server.ts';
import { sketchroomId, toSketchroomShapes } from './sketchroom-scene.ts';
import {
  heapMb,
  settle,
  waitForOpen,
  type CanvasTarget,
  type Opened,
  type ViewName,
} from './target.ts';

export interface SketchroomSession {
  readonly target: CanvasTarget;
  /** From the server in a fresh profile. */
  readonly opened: Opened;
  /** Then from the IndexedDB copy that visit left, with the socket answered by nothing. */
  readonly fromLocalCopy: Opened;
  close(): Promise<void>;
}

async function press(page: Page, key: string): Promise<void> {
  // Shortcuts are ignored while a field has focus.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur?.());
  await page.keyboard.press(key);
  await settle(page);
}

function zoomOf(page: Page): Promise<number> {
  return page.evaluate(() => window.__bench?.app?.camera().zoom ?? NaN);
}

/** Through the app's own shortcuts: fit (which centres on the scene), 100 %, then zoom out. */
async function zoomTo(page: Page, zoom: number): Promise<number> {
  await press(page, 'Shift+Digit1');
  await press(page, 'Shift+Digit0');
  for (let step = 0; step < 12 && (await zoomOf(page)) > zoom * 1.001; step++) {
    await press(page, 'Minus');
  }
  return zoomOf(page);
}

async function selectedCount(page: Page): Promise<number> {
  return page.evaluate(() => {
    const inspector = (window as unknown as { __sketchroom?: { selectedIds(): string[] } })
      .__sketchroom;
    return inspector?.selectedIds().length ?? 0;
  });
}

function pageToClient(page: Page, x: number, y: number) {
  return page.evaluate(([px, py]) => window.__bench!.app!.pageToClient(px, py), [x, y] as const);
}

/** Bursts of shape moves from the stock client, as fast as `rate` says, batched per 20 ms tick. */
function remoteBurst(writer: BoardClient, scene: readonly SceneShape[], rate: number) {
  const moves = remoteMoves(rate * 60, scene.length);
  const started = Date.now();
  let sent = 0;
  const timer = setInterval(() => {
    const due = Math.min(moves.length, Math.floor(((Date.now() - started) * rate) / 1000));
    const patches = new Map<ShapeId, ShapePatch>();
    for (const move of moves.slice(sent, due)) {
      const id = sketchroomId(scene[move.index] as SceneShape);
      const geom = patches.get(id)?.geom ?? writer.board.getShape(id)?.geom;
      if (!geom || geom.x === undefined || geom.y === undefined) continue;
      patches.set(id, { id, geom: { x: geom.x + move.dx, y: geom.y + move.dy } });
    }
    if (patches.size > 0) writer.board.updateShapes([...patches.values()]);
    sent = due;
  }, 20);
  return () => {
    clearInterval(timer);
    return sent;
  };
}

export function sketchroomTarget(page: Page, writer: BoardClient, scene: readonly SceneShape[]) {
  let stopBurst: (() => number) | null = null;
  const target: CanvasTarget = {
    name: 'Sketchroom',
    page,
    async showView(view: ViewName) {
      if (view === 'fit') {
        await press(page, 'Shift+Digit1');
        return zoomOf(page);
      }
      return zoomTo(page, view === 'zoom 1' ? 1 : 0.1);
    },
    async selectForDrag(plan: DragPlan) {
      await zoomTo(page, plan.zoom);
      const { marquee, marqueeStart } = plan;
      const from = await pageToClient(page, marqueeStart.x, marqueeStart.y);
      const to = await pageToClient(page, marquee.x, marquee.y);
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      await page.mouse.move(to.x, to.y, { steps: 8 });
      await page.mouse.up();
      await settle(page);
      return selectedCount(page);
    },
    async clearSelection() {
      await press(page, 'Escape');
    },
    async position(sceneId) {
      const geom = writer.board.getShape(`shape:${sceneId}` as ShapeId)?.geom;
      return geom ? { x: geom.x, y: geom.y } : null;
    },
    async startRemoteBurst(rate) {
      stopBurst = remoteBurst(writer, scene, rate);
    },
    async stopRemoteBurst() {
      const sent = stopBurst?.() ?? 0;
      stopBurst = null;
      return sent;
    },
  };
  return target;
}

/** How many updates y-indexeddb has stored for the board in this browser profile. */
function savedUpdates(page: Page, roomId: string): Promise<number> {
  return page.evaluate(
    (name) => window.__bench!.countStored(name, 'updates'),
    `sketchroom:${roomId}`,
  );
}

async function openPage(context: BrowserContext, board: Board, offline: boolean): Promise<Page> {
  const page = await context.newPage();
  // Offline: the socket opens but nothing answers, so only the local copy can fill the board.
  if (offline) await page.routeWebSocket(/.*/, () => {});
  await page.goto(board.editUrl, { waitUntil: 'commit' });
  return page;
}

async function timedOpen(context: BrowserContext, board: Board, offline: boolean) {
  const page = await openPage(context, board, offline);
  return { page, opened: { ms: await waitForOpen(page), heapMb: await heapMb(page) } };
}

/**
 * Seeds a new board with the scene and opens it three times in one fresh browser profile:
 * from the server, then from the IndexedDB copy that first visit left, and then normally
 * (server and local copy) for the scenarios that follow.
 */
export async function openSketchroom(
  browser: Browser,
  server: AppServer,
  scene: readonly SceneShape[],
): Promise<SketchroomSession> {
  const board = await createBoard(server);
  const writer = await connectClient(server, board);
  let context: BrowserContext | null = null;
  try {
    await seedBoard(server, board, writer, toSketchroomShapes(scene));
    context = await newBenchContext(browser, { openTarget: scene.length });
    const first = await timedOpen(context, board, false);
    // Bounded wait for y-indexeddb to have written the board.
    for (let i = 0; i < 100 && (await savedUpdates(first.page, board.roomId)) === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await first.page.close();
    const offline = await timedOpen(context, board, true);
    await offline.page.close();
    const page = await openPage(context, board, false);
    await waitForOpen(page);
    const profile = context;
    return {
      target: sketchroomTarget(page, writer, scene),
      opened: first.opened,
      fromLocalCopy: offline.opened,
      async close() {
        writer.close();
        await profile.close();
      },
    };
  } catch (error) {
    writer.close();
    await context?.close();
    throw error;
  }
}
