import { describe, expect, it } from 'vitest';
import { PostgresStore } from '../src/storage/postgres-store.ts';
import { connectSynced, waitFor } from './helpers/clients.ts';
import { withServer } from './helpers/server.ts';
import { assertRedisReachable, databaseUrl, freshSchema, redisUrl } from './helpers/services.ts';

describe('operating a scaled-out instance', () => {
  it('reports storage and Redis in /healthz and Redis publish latency in /metrics', async () => {
    await assertRedisReachable();
    const { schema, drop } = await freshSchema();
    const store = new PostgresStore(databaseUrl, { schema });
    try {
      await withServer({ store, redisUrl }, async ({ port, url }) => {
        const base = `http://127.0.0.1:${port}`;
        const healthy = await fetch(`${base}/healthz`);
        expect(healthy.status).toBe(200);
        expect(await healthy.json()).toMatchObject({ status: 'ok', storage: 'ok', redis: 'ok' });

        const client = await connectSynced(url, 'ops');
        client.doc.getMap('data').set('k', 'v');
        await waitFor(() => client.doc.getMap('data').get('k') === 'v', 'the edit');
        let metrics = '';
        for (
          let i = 0;
          i < 50 && !/^sketchroom_redis_publish_seconds_count [1-9]/m.test(metrics);
          i++
        ) {
          metrics = await (await fetch(`${base}/metrics`)).text();
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        expect(metrics).toMatch(/^sketchroom_redis_publish_seconds_count [1-9]/m);
        expect(metrics).toMatch(/^sketchroom_storage_write_seconds_count [1-9]/m);
        client.destroy();

        // Storage goes away: the instance says so.
        await store.close();
        const degraded = await fetch(`${base}/healthz`);
        expect(degraded.status).toBe(503);
        expect(await degraded.json()).toMatchObject({
          status: 'degraded',
          storage: 'unreachable',
          redis: 'ok',
        });
      });
    } finally {
      await drop();
    }
  });
});
