import type { Fanout } from './scale/fanout.ts';
import type { Store } from './storage/store.ts';

export interface HealthReport {
  status: 'ok' | 'degraded';
  rooms: number;
  connections: number;
  storage: 'ok' | 'unreachable';
  redis: 'ok' | 'unreachable' | 'off';
}

const reachable = (check: Promise<void>, timeoutMs = 2_000) =>
  Promise.race([
    check.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref()),
  ]).catch(() => false);

export async function checkHealth(state: {
  store: Store;
  fanout: Fanout | null;
  rooms: number;
  connections: number;
}): Promise<HealthReport> {
  const [storageOk, redisOk] = await Promise.all([
    reachable(state.store.ping()),
    state.fanout ? reachable(state.fanout.ping()) : Promise.resolve(null),
  ]);
  const storage = storageOk ? 'ok' : 'unreachable';
  const redis = redisOk === null ? 'off' : redisOk ? 'ok' : 'unreachable';
  const status = storage === 'ok' && redis !== 'unreachable' ? 'ok' : 'degraded';
  return { status, rooms: state.rooms, connections: state.connections, storage, redis };
}
