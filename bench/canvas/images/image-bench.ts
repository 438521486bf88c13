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
import { settle, VIEWS, waitForOpen, type CanvasTarget, type ViewName } from '../target.ts';
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

interface Windows {
  warmUpMs: number;
  panMs: number;
  /** Turns per view on each board; figures are the median. */
  rounds: number;
}

function imageState(page: Page) {
  return page.evaluate(() => ({
    decodedMp: (window.__sketchroom?.imagePixels() ?? 0) / 1e6,
    loading: window.__sketchroom?.imagesLoading() ?? 0,
  }));
}

interface OpenBoard {
  readonly what: string;
  readonly page: Page;
  readonly target: CanvasTarget;
  close(): Promise<void>;
}

async function openBoard(
  browser: Browser,
  server: AppServer,
  board: Board,
  what: string,
): Promise<OpenBoard> {
  const writer = await connectClient(server, board);
  const context = await newBenchContext(browser, { openTarget: COUNT });
  const close = async () => {
    writer.close();
    await context.close();
  };
  try {
    const page = await context.newPage();
    await page.goto(board.editUrl, { waitUntil: 'commit' });
    log(`${what}: opened in ${(await waitForOpen(page)).toFixed(0)} ms`);
    return { what, page, target: sketchroomTarget(page, writer, []), close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function panOnce(board: OpenBoard, view: ViewName, windows: Windows): Promise<ImagePan> {
  await board.target.showView(view);
  await picturesShown(board.page);
  const pan = await measurePan(board.target, view, windows.warmUpMs, windows.panMs);
  const result = { ...pan, ...(await imageState(board.page)) };
  log(
    `${board.what} ${view}: ${pan.updatesPerSecond.toFixed(1)} updates/s, ` +
      `p95 frame ${pan.frameP95Ms.toFixed(1)} ms at zoom ${zoomText(pan.zoom)}, ` +
      `${result.decodedMp.toFixed(1)} MP decoded, ${result.loading} loading`,
  );
  return result;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** Each figure's median over the rounds. */
function medianPan(pans: ImagePan[]): ImagePan {
  const of = (key: keyof ImagePan) => median(pans.map((pan) => pan[key]));
  return {
    zoom: pans[0]!.zoom,
    updatesPerSecond: of('updatesPerSecond'),
    repaintsPerSecond: of('repaintsPerSecond'),
    frameP95Ms: of('frameP95Ms'),
    heapMb: of('heapMb'),
    decodedMp: of('decodedMp'),
    loading: Math.max(...pans.map((pan) => pan.loading)),
  };
}

/**
 * Both boards open side by side; each view is panned on one then the other, in turns that
 * swap which goes first, so a busy moment of the machine falls on both alike.
 */
async function panBoth(plain: OpenBoard, images: OpenBoard, windows: Windows) {
  const results = { plain: {} as PanResults, images: {} as PanResults };
  for (const view of VIEWS) {
    const pans = { plain: [] as ImagePan[], images: [] as ImagePan[] };
    for (let round = 0; round < windows.rounds; round++) {
      const order =
        round % 2 === 0 ? (['plain', 'images'] as const) : (['images', 'plain'] as const);
      for (const which of order) {
        pans[which].push(await panOnce(which === 'plain' ? plain : images, view, windows));
      }
    }
    results.plain[view] = medianPan(pans.plain);
    results.images[view] = medianPan(pans.images);
  }
  return results;
}

const zoomText = (zoom: number) => String(Number(zoom.toFixed(3)));

function figures(images: PanResults, plain: PanResults, rounds: number): Figure[] {
  const round = (value: number) => Number(value.toFixed(1));
  return VIEWS.flatMap((view): Figure[] => {
    const scenario = `C5 pan ${COUNT} images ${view}`;
    const stillLoading = images[view].loading > 0 ? `; ${images[view].loading} still loading` : '';
    const turns = rounds > 1 ? `, median of ${rounds} turns each` : '';
    const note = `zoom ${zoomText(images[view].zoom)}; reference: the same grid as plain rectangles${turns}${stillLoading}`;
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
  const windows: Windows = options.quick
    ? { warmUpMs: 500, panMs: 1_500, rounds: 1 }
    : { warmUpMs: 1_000, panMs: 3_000, rounds: 3 };
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
      const plain = await openBoard(browser, server, plainBoard, 'plain shapes');
      try {
        const images = await openBoard(browser, server, imageBoard, 'images');
        try {
          const results = await panBoth(plain, images, windows);
          return figures(results.images, results.plain, windows.rounds);
        } finally {
          await images.close();
        }
      } finally {
        await plain.close();
      }
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
}
