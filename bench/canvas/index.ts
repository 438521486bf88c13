// The canvas half of `pnpm bench`: Sketchroom's built app on its real server against stock
// Excalidraw 0.18, on the same scenes, in the same Chromium, in the same run.
import type { Browser } from 'playwright-core';
import type { BenchOptions, Figure } from '../figures.ts';
import { launchBenchBrowser } from './browser.ts';
import { buildForBench, distDirs, excalidrawFonts } from './build.ts';
import { canvasFigures } from './canvas-figures.ts';
import { planDrag } from './drag-plan.ts';
import { openExcalidraw } from './excalidraw-target.ts';
import { measureApp, type Windows } from './measure-app.ts';
import { generateScene } from './scene.ts';
import { startAppServer, type AppServer } from './sketchroom-server.ts';
import { toSketchroomShapes } from './sketchroom-scene.ts';
import { openSketchroom } from './sketchroom-target.ts';
import { startStaticServer } from './static-server.ts';
import { shapesInView } from './view-count.ts';

const log = (line: string) => console.log(`  canvas · ${line}`);

async function benchCount(
  browser: Browser,
  server: AppServer,
  excalidrawUrl: string,
  count: number,
  windows: Windows,
): Promise<Figure[]> {
  const scene = generateScene(count);
  const shapes = toSketchroomShapes(scene);
  const plan = planDrag(shapes);

  const ours = await openSketchroom(browser, server, scene);
  let oursResults;
  try {
    const { opened, fromLocalCopy } = ours;
    log(
      `N=${count} Sketchroom opened in ${opened.ms.toFixed(0)} ms, ` +
        `from its local copy in ${fromLocalCopy.ms.toFixed(0)} ms`,
    );
    const measured = await measureApp(ours.target, plan, windows, (line) =>
      log(`N=${count} Sketchroom ${line}`),
    );
    oursResults = { ...measured, opened, fromLocalCopy };
  } finally {
    await ours.close();
  }

  const reference = await openExcalidraw(browser, excalidrawUrl, count, plan.center);
  let referenceResults;
  try {
    log(`N=${count} Excalidraw opened in ${reference.opened.ms.toFixed(0)} ms`);
    const measured = await measureApp(reference.target, plan, windows, (line) =>
      log(`N=${count} Excalidraw ${line}`),
    );
    referenceResults = { ...measured, opened: reference.opened };
  } finally {
    await reference.close();
  }

  return canvasFigures({
    count,
    ours: oursResults,
    reference: referenceResults,
    inView: (zoom) => shapesInView(shapes, plan.center, zoom),
  });
}

/**
 * Opens each app once on a small board and throws the result away, so the first measured
 * load does not also pay for the browser's own start-up.
 */
async function warmUp(browser: Browser, server: AppServer, excalidrawUrl: string): Promise<void> {
  const scene = generateScene(50);
  const ours = await openSketchroom(browser, server, scene);
  await ours.close();
  const reference = await openExcalidraw(browser, excalidrawUrl, scene.length, { x: 0, y: 0 });
  await reference.close();
}

export async function runCanvasBench(options: BenchOptions): Promise<Figure[]> {
  const counts = options.quick ? [1_000] : [1_000, 5_000, 10_000];
  // Quick mode only proves the harness still works, in about half a minute.
  const windows: Windows = options.quick
    ? { panWarmUpMs: 500, panMs: 1_500, dragMs: 1_000, burstMs: 1_000 }
    : { panWarmUpMs: 1_000, panMs: 3_000, dragMs: 3_000, burstMs: 3_000 };
  const built = await buildForBench();
  log(`built the app and the reference page in ${(built / 1000).toFixed(1)} s`);

  const server = await startAppServer();
  try {
    const pages = await startStaticServer(distDirs.excalidraw, { '/fonts/': excalidrawFonts });
    try {
      const browser = await launchBenchBrowser();
      try {
        await warmUp(browser, server, pages.url);
        const figures: Figure[] = [];
        for (const count of counts) {
          figures.push(...(await benchCount(browser, server, pages.url, count, windows)));
        }
        return figures;
      } finally {
        await browser.close();
      }
    } finally {
      await pages.close();
    }
  } finally {
    await server.close();
  }
}
