import { statfs } from 'node:fs/promises';
import type { Fanout } from './scale/fanout.ts';
import type { CommitQueue } from './storage/commit-queue.ts';
import type { Store } from './storage/store.ts';

export interface HealthReport {
  status: 'ok' | 'degraded';
  rooms: number;
  connections: number;
  /** `failing` when the last write failed (a full disk, a lost database): edits are refused. */
  storage: 'ok' | 'unreachable' | 'failing';
  /** Free space in the data directory, for the embedded store. */
  disk: 'ok' | 'low' | 'n/a';
  redis: 'ok' | 'unreachable' | 'off';
}

const reachable = (check: Promise<unknown>, timeoutMs = 2_000) =>
  Promise.race([
    check.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
  ]).catch(() => false);

async function freeBytes(dir: string): Promise<number | null> {
  try {
    const stats = await statfs(dir);
    return stats.bavail * stats.bsize;
  } catch {
    return null;
  }
}

export async function checkHealth(state: {
  store: Store;
  fanout: Fanout | null;
  commits: CommitQueue;
  /** The SQLite data directory; null for PostgreSQL or a store passed in. */
  dataDir: string | null;
  minFreeDiskBytes: number;
  rooms: number;
  connections: number;
}): Promise<HealthReport> {
  const [storageOk, redisOk, free] = await Promise.all([
    reachable(state.store.ping()),
    state.fanout ? reachable(state.fanout.ping()) : Promise.resolve(null),
    state.dataDir ? freeBytes(state.dataDir) : Promise.resolve(null),
  ]);
  const storage = !storageOk ? 'unreachable' : state.commits.lastFailure ? 'failing' : 'ok';
  const disk = free === null ? 'n/a' : free < state.minFreeDiskBytes ? 'low' : 'ok';
  const redis = redisOk === null ? 'off' : redisOk ? 'ok' : 'unreachable';
  const status = storage === 'ok' && disk !== 'low' && redis !== 'unreachable' ? 'ok' : 'degraded';
  return { status, rooms: state.rooms, connections: state.connections, storage, disk, redis };
}
