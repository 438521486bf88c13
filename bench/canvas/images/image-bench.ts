// C5: panning a board of 200 pictures of 1 MP each, against the same grid of plain shapes,
// in the same run and the same browser. `pnpm bench --only=canvas-images` runs it alone.
import type { Browser, Page } from 'playwright-core';
import type { BenchOptions, Figure } from '../../figures.ts';
import { launchBenchBrowser, newBenchContext } from '../browser.ts';
import { buildForBench, distDirs } from '../build.ts';
import { measurePan, type PanResult } from '../scenarios/pan.ts';
import {
  connectClient,
  createBoard,
  seedBoard,
  type AppServer,
  type Board,
} from '../sketchroom-server.ts';
import { sketchroomTarget } from '../sketchroom-target.ts';
import { settle, VIEWS, waitForOpen, type ViewName } from '../target.ts';
import { startAppServer as startSharedAppServer } from '../../../test/support/app-server.ts';
import { assetIdOf, benchPictures, imageShapes, plainShapes } from './image-scene.ts';
import type {} from '../../../apps/web/src/canvas/inspector.ts';

const COUNT = 200;
const log = (line: string) => console.log(`  images · ${line}`);

/** Uploads through the HTTP API with the owner's token, as the app does. */
async function upload(server: AppServer, board: Board, bytes: Buffer): Promise<string> {
  const response = await fetch(`${server.url}/api/boards/${board.roomId}/assets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${board.ownerToken}`, 'content-type': 'image/png' },
    body: new Uint8Array(bytes),
  });
  if (response.status !== 201) throw new Error(`upload refused: ${response.status}`);
  const { id } = (await response.json()) as { id: string };
  if (id !== assetIdOf(bytes)) throw new Error(`upload answered ${id}, not the file's hash`);
  return id;
}

/** Waits until the page has no picture left loading in view (bounded). */
async function picturesShown(page: Page): Promise<void> {
  await settle(page);
  await page.waitForFunction(() => window.__sketchroom?.imagesLoading() === 0, null, {
    timeout: 120_000,
    polling: 50,
  });
  await settle(page);
}

interface ImagePan extends PanResult {
  /** Megapixels of pictures decoded for the canvas after the pan. */
  decodedMp: number;
  /** Pictures still showing a spinner after the pan (should be none). */
  loading: number;
}

type PanResults = Record<ViewName, ImagePan>;

function imageState(page: Page) {
  return page.evaluate(() => ({
    decodedMp: (window.__sketchroom?.imagePixels() ?? 0) / 1e6,
    loading: window.__sketchroom?.imagesLoading() ?? 0,
  }));
}

async function panBoard(
  browser: Browser,
  server: AppServer,
  board: Board,
  windows: { warmUpMs: number; panMs: number },
  what: string,
): Promise<PanResults> {
  const writer = await connectClient(server, board);
  const context = await newBenchContext(browser, { openTarget: COUNT });
  try {
    const page = await context.newPage();
    await page.goto(board.editUrl, { waitUntil: 'commit' });
    log(`${what}: opened in ${(await waitForOpen(page)).toFixed(0)} ms`);
    const target = sketchroomTarget(page, writer, []);
    const results = {} as PanResults;
    for (const view of VIEWS) {
      await target.showView(view);
      await picturesShown(page);
      const pan = await measurePan(target, view, windows.warmUpMs, windows.panMs);
      results[view] = { ...pan, ...(await imageState(page)) };
      log(
        `${what} ${view}: ${pan.updatesPerSecond.toFixed(1)} updates/s, ` +
          `p95 frame ${pan.frameP95Ms.toFixed(1)} ms at zoom ${zoomText(pan.zoom)}, ` +
          `${results[view].decodedMp.toFixed(1)} MP decoded, ${results[view].loading} loading`,
      );
    }
    return results;
  } finally {
    writer.close();
    await context.close();
  }
}

const zoomText = (zoom: number) => String(Number(zoom.toFixed(3)));

function figures(images: PanResults, plain: PanResults): Figure[] {
  const round = (value: number) => Number(value.toFixed(1));
  return VIEWS.flatMap((view): Figure[] => {
    const scenario = `C5 pan ${COUNT} images ${view}`;
    const stillLoading = images[view].loading > 0 ? `; ${images[view].loading} still loading` : '';
    const note = `zoom ${zoomText(images[view].zoom)}; reference: the same grid as plain rectangles${stillLoading}`;
    return [
      {
        scenario,
        metric: 'pan updates/s',
        unit: '/s',
        ours: round(images[view].updatesPerSecond),
        reference: round(plain[view].updatesPerSecond),
        better: 'higher',
        note,
      },
      {
        scenario,
        metric: 'frame time p95',
        unit: 'ms',
        ours: round(images[view].frameP95Ms),
        reference: round(plain[view].frameP95Ms),
        better: 'lower',
        note,
      },
      {
        scenario,
        metric: 'JS heap',
        unit: 'MB',
        ours: round(images[view].heapMb),
        reference: round(plain[view].heapMb),
        better: 'lower',
        note: 'decoded pictures live outside the JS heap',
      },
      {
        scenario,
        metric: 'pictures decoded',
        unit: 'MP',
        ours: round(images[view].decodedMp),
        better: 'lower',
        note: `of ${COUNT} MP on the board: scaled to the zoom, far ones released`,
      },
    ];
  });
}

export async function runImageBench(options: BenchOptions): Promise<Figure[]> {
  const windows = options.quick
    ? { warmUpMs: 500, panMs: 1_500 }
    : { warmUpMs: 1_000, panMs: 3_000 };
  const made = Date.now();
  const pictures = benchPictures(COUNT);
  log(`${COUNT} pictures of 1 MP ready in ${((Date.now() - made) / 1000).toFixed(1)} s`);
  await buildForBench();
  // Default limits, except the upload rate: the bench uploads 200 files in a few seconds.
  const server = await startSharedAppServer({
    staticDir: distDirs.app,
    dataDirPrefix: 'sketchroom-bench-images-',
    server: { assetUploadsPerMinute: 100_000 },
  });
  try {
    const imageBoard = await createBoard(server);
    const uploaded = Date.now();
    const assets: string[] = [];
    for (const bytes of pictures) assets.push(await upload(server, imageBoard, bytes));
    const megabytes = pictures.reduce((sum, p) => sum + p.length, 0) / 1024 / 1024;
    log(`uploaded ${megabytes.toFixed(0)} MB in ${((Date.now() - uploaded) / 1000).toFixed(1)} s`);
    const plainBoard = await createBoard(server);
    for (const [board, shapes] of [
      [imageBoard, imageShapes(assets)],
      [plainBoard, plainShapes(COUNT)],
    ] as const) {
      const writer = await connectClient(server, board);
      await seedBoard(server, board, writer, shapes);
      writer.close();
    }
    const browser = await launchBenchBrowser();
    try {
      const plain = await panBoard(browser, server, plainBoard, windows, 'plain shapes');
      const images = await panBoard(browser, server, imageBoard, windows, 'images');
      return figures(images, plain);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
