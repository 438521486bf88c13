// S3: a crowd joins a room that already holds a large board, all at the same moment.
import type { Figure } from '../../figures.ts';
import type { JoinJob, JoinResult } from '../load/jobs.ts';
import { meter } from '../meter.ts';
import { both, caveats, each, figure, windowCaveats, type BenchContext } from './harness.ts';

const MB = 1024 * 1024;

export async function joinStorm({ quick, load }: BenchContext): Promise<Figure[]> {
  const settings = quick
    ? { joiners: 20, boardBytes: 0.5 * MB }
    : { joiners: 200, boardBytes: 5 * MB };
  const measured = await both({}, async (server) => {
    const windows = meter(server, load.pid);
    const job: JoinJob = { kind: 'join', url: server.url, ...settings };
    const result = await load.run<JoinResult>(job, windows.onMark);
    return { result, window: windows.get('storm') };
  });
  const board = (measured.ours.result.boardBytes / MB).toFixed(1);
  const scenario = `S3 join storm ${settings.joiners} joiners, ${board} MB board`;
  const note = caveats(measured, (m) => windowCaveats(m.window));
  return [
    figure(
      scenario,
      'time to synced p50',
      'ms',
      'lower',
      each(measured, (m) => m.result.synced.p50),
      note ?? 'connect until sync step 2 (the whole board) has arrived',
    ),
    figure(
      scenario,
      'time to synced p99',
      'ms',
      'lower',
      each(measured, (m) => m.result.synced.p99),
    ),
    figure(
      scenario,
      'peak server RSS',
      'MB',
      'lower',
      each(measured, (m) => m.window.peakRss / MB),
    ),
    figure(
      scenario,
      'server RSS growth',
      'MB',
      'lower',
      // Clamped: a peak within noise of the starting RSS reads as no growth, not a negative one.
      each(measured, (m) => Math.max(0, m.window.peakRss - m.window.rssBefore) / MB),
      'peak during the storm minus RSS before it',
    ),
  ];
}
