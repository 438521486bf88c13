// S2: everyone in a crowded room moves a cursor at once. Our server merges a tick's
// awareness changes into one message (DESIGN.md); the reference relays each change.
import type { Figure } from '../../figures.ts';
import type { CursorJob, CursorResult } from '../load/jobs.ts';
import { meter } from '../meter.ts';
import { both, caveats, each, figure, windowCaveats, type BenchContext } from './harness.ts';

const MB = 1024 * 1024;

export async function cursorStorm({ quick, load }: BenchContext): Promise<Figure[]> {
  const settings = quick
    ? { clients: 20, probes: 20, hz: 30, seconds: 1.5 }
    : { clients: 200, probes: 20, hz: 30, seconds: 5 };
  const measured = await both({}, async (server) => {
    const windows = meter(server, load.pid);
    const job: CursorJob = { kind: 'cursors', url: server.url, ...settings };
    const result = await load.run<CursorResult>(job, windows.onMark);
    return { result, window: windows.get('run') };
  });
  const scenario = `S2 cursor storm ${settings.clients} clients at ${settings.hz} Hz`;
  const note = caveats(measured, ({ result, window }) => [
    ...(result.finalPositionsShare < 1
      ? [
          `${(result.finalPositionsShare * 100).toFixed(1)}% of last cursor positions arrived ` +
            'within 5 s of the end',
        ]
      : []),
    ...(result.dropped > 0 ? [`${result.dropped} clients dropped`] : []),
    ...windowCaveats(window),
  ]);
  return [
    figure(
      scenario,
      'cursor latency p50',
      'ms',
      'lower',
      each(measured, (m) => m.result.latency.p50),
      note,
    ),
    figure(
      scenario,
      'cursor latency p99',
      'ms',
      'lower',
      each(measured, (m) => m.result.latency.p99),
      `timed by ${settings.probes} probe clients`,
    ),
    figure(
      scenario,
      'server CPU per cursor move',
      'µs',
      'lower',
      each(measured, (m) => m.window.cpuMicros / m.result.sent),
    ),
    figure(
      scenario,
      'server CPU',
      '% of a core',
      'lower',
      each(measured, (m) => m.window.cpuMicros / m.window.seconds / 1e4),
      'averaged from the first move until deliveries settled',
    ),
    figure(
      scenario,
      'frames sent by the server',
      'frames/s',
      'lower',
      each(measured, (m) => m.result.framesPerSecond),
      `relaying every move to every client would take ${settings.clients * settings.clients * settings.hz} frames/s`,
    ),
    figure(
      scenario,
      'server loop delay p99',
      'ms',
      'lower',
      each(measured, (m) => m.window.loopDelay.p99),
    ),
    figure(
      scenario,
      'peak server RSS',
      'MB',
      'lower',
      each(measured, (m) => m.window.peakRss / MB),
    ),
  ];
}
