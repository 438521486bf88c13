// Preloaded into both servers (`--import`), so their event-loop delay is measured the same way.
// On SIGUSR2 it writes the delay seen since the previous signal as one JSON line on stderr and
// starts afresh; the bench sends one signal when a measured window opens and one when it closes.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();

const ms = (nanoseconds: number) => Math.round(nanoseconds / 1e4) / 100;

process.on('SIGUSR2', () => {
  const report = {
    loopDelay: {
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      samples: histogram.count,
    },
  };
  histogram.reset();
  process.stderr.write(`${JSON.stringify(report)}\n`);
});
