// S6: the first client to open a large stored room, before and after it is compacted.
import type { Figure } from '../../figures.ts';
import type { ColdLoadJob, ColdLoadResult } from '../load/jobs.ts';
import { sleep } from '../stats.ts';
import { storedRoomUpdates, writeOurs, writeReference } from '../stored-rooms.ts';
import { both, each, figure, type BenchContext } from './harness.ts';

const room = 'cold-load';

export async function coldLoad({ quick, load }: BenchContext): Promise<Figure[]> {
  const shapes = quick ? 1_000 : 10_000;
  const rows = quick ? 10_000 : 100_000;
  const updates = storedRoomUpdates(shapes, rows);
  const setup = {
    oursEnv: {
      // Info level for the 'room compacted' line; no compaction until the room unloads.
      LOG_LEVEL: 'info',
      UNLOAD_DELAY_MS: '0',
      COMPACT_AFTER_ROWS: '10000000',
      COMPACT_AFTER_BYTES: String(1024 ** 4),
    },
    prepare: (kind: string, dataDir: string) =>
      kind === 'ours' ? writeOurs(dataDir, room, updates) : writeReference(dataDir, room, updates),
  };
  const measured = await both(setup, async (server) => {
    const job: ColdLoadJob = { kind: 'cold-load', url: server.url, room, shapes };
    const before = await load.run<ColdLoadResult>(job);
    // Ours compacts when the empty room unloads (R10); the reference compacted while loading.
    if (server.kind === 'ours') {
      await server.waitForLine((line) => line.includes('"msg":"room compacted"'), 120_000);
    } else {
      await sleep(1_000);
    }
    const after = await load.run<ColdLoadResult>(job);
    return { before, after };
  });
  const scenario = `S6 cold load ${shapes} shapes, ${rows} rows`;
  return [
    figure(
      scenario,
      'first sync, uncompacted',
      'ms',
      'lower',
      each(measured, (m) => m.before.loadedMs),
      'until the stock client is synced and holds every shape; the reference (y-leveldb) ' +
        'folds rows over 500 into one while loading, so its first load includes a compaction',
    ),
    figure(
      scenario,
      'first sync, compacted',
      'ms',
      'lower',
      each(measured, (m) => m.after.loadedMs),
      'ours compacted on unload, the reference on its first load',
    ),
  ];
}
