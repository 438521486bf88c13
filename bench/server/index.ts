// The server half of `pnpm bench`: each scenario runs against our server and the reference
// (y-websocket@2 with LevelDB), both as child processes driven by the same load generator.
import type { BenchOptions, Figure } from '../figures.ts';
import { LoadGenerator } from './load-generator.ts';
import { coldLoad } from './scenarios/cold-load.ts';
import { cursorStorm } from './scenarios/cursor-storm.ts';
import { fanOut } from './scenarios/fan-out.ts';
import type { BenchContext } from './scenarios/harness.ts';
import { idle } from './scenarios/idle.ts';
import { joinStorm } from './scenarios/join-storm.ts';
import { singleWriter } from './scenarios/single-writer.ts';

const scenarios: [string, (context: BenchContext) => Promise<Figure[]>][] = [
  ['S1 fan-out', fanOut],
  ['S2 cursor storm', cursorStorm],
  ['S3 join storm', joinStorm],
  ['S4 idle', idle],
  ['S5 single writer', singleWriter],
  ['S6 cold load', coldLoad],
];

/** `BENCH_SERVER_SCENARIOS=S2,S4` runs only those, for working on one scenario. */
const chosen = process.env.BENCH_SERVER_SCENARIOS?.split(',').map((id) => id.trim());

export async function runServerBench(options: BenchOptions): Promise<Figure[]> {
  const load = LoadGenerator.start();
  const figures: Figure[] = [];
  try {
    for (const [name, run] of scenarios) {
      if (chosen && !chosen.some((id) => name.startsWith(`${id} `))) continue;
      const started = performance.now();
      figures.push(...(await run({ quick: options.quick, load })));
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(`server bench: ${name} done in ${seconds} s`);
    }
  } finally {
    load.stop();
  }
  return figures;
}
