// `pnpm bench [--quick] [--only=server|canvas|canvas-images]`: measures the server and the canvas against
// their references in the same run, prints a table and writes bench/results/latest.{json,md}.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchOptions, Figure } from './figures.ts';
import { machineLine, markdownTable } from './report.ts';

const args = process.argv.slice(2);
const options: BenchOptions = { quick: args.includes('--quick') };
const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);

const figures: Figure[] = [];
const started = Date.now();
if (!only || only === 'server') {
  const { runServerBench } = await import('./server/index.ts');
  figures.push(...(await runServerBench(options)));
}
if (!only || only === 'canvas') {
  const { runCanvasBench } = await import('./canvas/index.ts');
  figures.push(...(await runCanvasBench(options)));
}
if (!only || only === 'canvas-images') {
  const { runImageBench } = await import('./canvas/images/image-bench.ts');
  figures.push(...(await runImageBench(options)));
}

const machine = machineLine();
const table = markdownTable(figures);
const results = new URL('./results/', import.meta.url);
mkdirSync(fileURLToPath(results), { recursive: true });
const stamp = new Date().toISOString();
writeFileSync(
  fileURLToPath(new URL('latest.json', results)),
  `${JSON.stringify({ date: stamp, machine, quick: options.quick, figures }, null, 2)}\n`,
);
writeFileSync(
  fileURLToPath(new URL('latest.md', results)),
  `Measured ${stamp.slice(0, 10)} on ${machine}${options.quick ? ' (quick run)' : ''}.\n\n${table}\n`,
);
console.log(`\n${machine}${options.quick ? ' — quick run' : ''}\n\n${table}\n`);
console.log(
  `${figures.length} figures in ${Math.round((Date.now() - started) / 1000)} s; written to bench/results/latest.{json,md}`,
);
