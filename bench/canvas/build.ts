import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const here = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));

export const distDirs = {
  /** Sketchroom as built from the current sources, kept apart from the repo's dist/web. */
  app: here('../dist/web'),
  excalidraw: here('../dist/excalidraw-page'),
  probe: here('../dist/probe'),
};

export const probeScript = join(distDirs.probe, 'probe.js');

/** Excalidraw serves its fonts from here (see EXCALIDRAW_ASSET_PATH in the page). */
export const excalidrawFonts = here('../node_modules/@excalidraw/excalidraw/dist/prod/fonts');

/** The app under test is always built from the sources as they are now (about a second). */
async function buildApp(): Promise<void> {
  await build({
    configFile: here('../../vite.config.ts'),
    logLevel: 'error',
    build: { outDir: distDirs.app, emptyOutDir: true, sourcemap: false },
  });
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|html)$/.test(name) ? [path] : [];
  });
}

/** A fingerprint of the bench pages' sources and Excalidraw's version. */
function pagesStamp(): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(here('../node_modules/@excalidraw/excalidraw/package.json')));
  for (const file of sourceFiles(here('.')).sort()) hash.update(file).update(readFileSync(file));
  return hash.digest('hex');
}

/** The Excalidraw page takes tens of seconds to build, so it is rebuilt only when it changed. */
async function buildPages(): Promise<void> {
  const stampFile = join(distDirs.excalidraw, '.stamp');
  const stamp = pagesStamp();
  const built = existsSync(stampFile) && existsSync(probeScript);
  if (built && readFileSync(stampFile, 'utf8') === stamp) return;
  await build({
    configFile: false,
    root: here('./excalidraw-page'),
    logLevel: 'error',
    plugins: [react()],
    build: { outDir: distDirs.excalidraw, emptyOutDir: true, chunkSizeWarningLimit: 10_000 },
  });
  await build({
    configFile: false,
    logLevel: 'error',
    build: {
      outDir: distDirs.probe,
      emptyOutDir: true,
      minify: false,
      lib: {
        entry: here('./probe/probe.ts'),
        formats: ['iife'],
        name: 'sketchroomBenchProbe',
        fileName: () => 'probe.js',
      },
    },
  });
  writeFileSync(stampFile, stamp);
}

/** Builds everything the canvas bench serves; returns how long it took in ms. */
export async function buildForBench(): Promise<number> {
  const started = Date.now();
  await buildApp();
  await buildPages();
  return Date.now() - started;
}
