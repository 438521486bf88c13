// S1: one writer at a steady rate, hundreds of observers in the same room.
import type { Figure } from '../../figures.ts';
import type { FanOutJob, FanOutResult } from '../load/jobs.ts';
import { meter } from '../meter.ts';
import { both, caveats, each, figure, windowCaveats, type BenchContext } from './harness.ts';

export async function fanOut({ quick, load }: BenchContext): Promise<Figure[]> {
  const settings = quick
    ? { observers: 50, updatesPerSecond: 50, seconds: 1.5 }
    : { observers: 500, updatesPerSecond: 50, seconds: 10 };
  const measured = await both({}, async (server) => {
    const windows = meter(server, load.pid);
    const job: FanOutJob = { kind: 'fan-out', url: server.url, ...settings };
    const result = await load.run<FanOutResult>(job, windows.onMark);
    return { result, window: windows.get('run') };
  });
  const scenario = `S1 fan-out 1→${settings.observers} at ${settings.updatesPerSecond}/s`;
  const note = caveats(measured, (m) => [...problems(m.result), ...windowCaveats(m.window)]);
  return [
    figure(
      scenario,
      'propagation p50',
      'ms',
      'lower',
      each(measured, (m) => m.result.propagation.p50),
      note ??
        'ours stores each update (group commit, R4) before relaying it; the reference does not',
    ),
    figure(
      scenario,
      'propagation p99',
      'ms',
      'lower',
      each(measured, (m) => m.result.propagation.p99),
    ),
    figure(
      scenario,
      'server CPU per update per observer',
      'µs',
      'lower',
      each(measured, (m) => m.window.cpuMicros / (m.result.sent * settings.observers)),
    ),
    figure(
      scenario,
      'server loop delay p99',
      'ms',
      'lower',
      each(measured, (m) => m.window.loopDelay.p99),
    ),
  ];
}

function problems(result: FanOutResult): string[] {
  const found: string[] = [];
  if (result.propagation.count < result.expected) {
    found.push(
      `${result.expected - result.propagation.count} of ${result.expected} deliveries missing`,
    );
  }
  if (result.dropped > 0) found.push(`${result.dropped} clients dropped`);
  return found;
}
