// S5: one writer as fast as the server acknowledges (by echo), with a few observers; then
// the same writer while the server is killed, to see whether what was echoed was stored.
import type * as Y from 'yjs';
import type { Figure } from '../../figures.ts';
import { shapeId, type Geometry } from '../board.ts';
import type { CrashJob, CrashResult, WriterJob, WriterResult } from '../load/jobs.ts';
import type { ServerProcess } from '../server-process.ts';
import { readStoredDoc } from '../stored-rooms.ts';
import type { LoadGenerator } from '../load-generator.ts';
import { both, each, figure, type BenchContext } from './harness.ts';

const durability =
  'ours stores each update (SQLite WAL, synchronous=NORMAL by default) before relaying it (R4); ' +
  'the reference relays first and writes to LevelDB without waiting';

export async function singleWriter({ quick, load }: BenchContext): Promise<Figure[]> {
  const observers = 3;
  const seconds = quick ? 0.75 : 5;
  const windows = [1, 16];
  const killAfterMs = quick ? 300 : 2_000;
  const throughput = await both({}, async (server) => {
    const results: WriterResult[] = [];
    for (const inFlight of windows) {
      const job: WriterJob = { kind: 'writer', url: server.url, observers, inFlight, seconds };
      results.push(await load.run<WriterResult>(job));
    }
    return results;
  });
  // A fresh server each: a backlog left by the runs above would only make the reference worse.
  const crash = await both({}, (server) => crashWhileWriting(server, load, killAfterMs));
  const scenario = `S5 single writer, ${observers} observers`;
  return [
    ...windows.flatMap((inFlight, index) => [
      figure(
        scenario,
        `updates/s, ${inFlight} in flight`,
        'updates/s',
        'higher',
        each(throughput, (results) => results[index]!.updatesPerSecond),
        index === 0 ? durability : undefined,
      ),
      figure(
        scenario,
        `relay p99, ${inFlight} in flight`,
        'ms',
        'lower',
        each(throughput, (results) => results[index]!.relay.p99),
      ),
    ]),
    figure(
      scenario,
      'echoed updates lost on kill -9',
      'updates',
      'lower',
      each(crash, (c) => c.lost),
      `server killed ${killAfterMs} ms into a 16-in-flight run; of ` +
        `${crash.ours.echoed} (ours) and ${crash.reference.echoed} ` +
        '(reference) updates echoed, those missing from storage afterwards',
    ),
  ];
}

async function crashWhileWriting(server: ServerProcess, load: LoadGenerator, killAfterMs: number) {
  const job: CrashJob = { kind: 'crash', url: server.url, room: 'crash', inFlight: 16 };
  const { echoed } = await load.run<CrashResult>(job, async () => {
    setTimeout(() => server.kill(), killAfterMs);
  });
  await server.stop();
  const doc = await readStoredDoc(server.kind, server.dataDir, job.room);
  const shape = doc.getMap('shapes').get(shapeId(0)) as Y.Map<unknown> | undefined;
  const stored = (shape?.get('geom') as Geometry | undefined)?.sentAt ?? -Infinity;
  doc.destroy();
  // Updates are stored in the order they were echoed, so everything after the last stored is lost.
  return { echoed: echoed.length, lost: echoed.filter((sentAt) => sentAt > stored).length };
}
