import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectSynced, contentOf, waitFor, type Client } from './helpers/clients.ts';
import { startCluster, type Cluster } from './helpers/instances.ts';
import { startPrivateRedis, type PrivateRedis } from './helpers/private-redis.ts';
import { openRawSocket } from './helpers/raw-socket.ts';
import type { TestServer } from './helpers/server.ts';

// Issue 9, finding 7: after Redis comes back, an instance that kept a room loaded must not
// stay diverged, and while Redis is down a room load must fail in bounded time.

const loadTimeoutMs = 1_000;

const same = (a: Client, b: Client) =>
  JSON.stringify(contentOf(a.doc)) === JSON.stringify(contentOf(b.doc));

/** Whether the room's rows in storage (PostgreSQL here) hold `key` in the shared map. */
async function storedHas(instance: TestServer, room: string, key: string): Promise<boolean> {
  const stored = await instance.server.store.load(room);
  const doc = new Y.Doc();
  for (const update of stored.updates) Y.applyUpdate(doc, update);
  return doc.getMap('data').has(key);
}

async function waitForAsync(condition: () => Promise<boolean>, what: string, timeoutMs = 10_000) {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a Redis outage between two instances', () => {
  let redis: PrivateRedis;
  let cluster: Cluster;
  const clients: Client[] = [];

  beforeAll(async () => {
    redis = await startPrivateRedis();
    cluster = await startCluster(2, redis.url, { loadTimeoutMs });
  }, 30_000);

  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    // Instances wait for Redis while they unload rooms: bring it back if a test left it down.
    await redis?.ensureRunning();
    await cluster?.close();
    await redis?.stop();
  }, 30_000);

  it('heals without reconnecting once Redis is back: the instances resynchronise loaded rooms from storage', async () => {
    const [a, b] = cluster.instances as [TestServer, TestServer];
    const room = 'outage';
    const onA = await connectSynced(a.url, room);
    const onB = await connectSynced(b.url, room);
    clients.push(onA, onB);
    onA.doc.getMap('data').set('before', 'the outage');
    onA.doc.getText('text').insert(0, 'typed on A;');
    await waitFor(() => same(onA, onB), 'live updates across instances');

    // Whatever B's client goes through from here, it must stay on the same socket.
    const socketOfB = onB.provider.ws;
    const closesOfB: unknown[] = [];
    onB.provider.on('connection-close', (event: unknown) => closesOfB.push(event));

    await redis.kill();
    // Edits on both sides meanwhile: stored in PostgreSQL, but the live path is gone.
    onA.doc.getMap('data').set('during', 'from A');
    onA.doc.getText('text').insert(onA.doc.getText('text').length, ' more from A;');
    onB.doc.getMap('data').set('during-b', 'from B');
    await waitForAsync(() => storedHas(a, room, 'during'), "A's edit to be stored");
    await waitForAsync(() => storedHas(b, room, 'during-b'), "B's edit to be stored");
    // Publishes fail rather than wait for Redis: nothing of the outage is delivered late.
    for (const instance of [a, b]) {
      await waitFor(
        () => instance.logs.some((line) => line.msg === 'redis publish failed'),
        'publishing to fail for want of Redis',
      );
    }
    expect(onB.doc.getMap('data').has('during')).toBe(false);
    expect(onA.doc.getMap('data').has('during-b')).toBe(false);

    await redis.restart();
    // Both sides converge on the same sockets: the instances read what they missed from storage.
    await waitFor(() => same(onA, onB), 'the instances to converge after Redis is back', 15_000);
    expect(onB.doc.getMap('data').get('during')).toBe('from A');
    expect(onA.doc.getMap('data').get('during-b')).toBe('from B');
    for (const instance of [a, b]) {
      expect(
        instance.logs.some(
          (line) => line.msg === 'redis connection back; resynchronising rooms from storage',
        ),
      ).toBe(true);
    }

    // Later updates build on the ones B missed; B's client receives them and is never kicked.
    for (let i = 0; i < 20; i++) {
      onA.doc.getText('text').insert(onA.doc.getText('text').length, ` after ${i};`);
      onA.doc.getMap('data').set('during', `from A, again ${i}`);
    }
    onB.doc.getMap('data').set('after-b', 'from B');
    await waitFor(
      () => onB.doc.getMap('data').get('during') === 'from A, again 19' && same(onA, onB),
      'later updates on B',
    );
    expect(onB.doc.getText('text').toString()).toContain('more from A; after 0;');
    expect(onB.provider.ws).toBe(socketOfB);
    expect(onB.provider.wsconnected).toBe(true);
    expect(closesOfB).toEqual([]);
  }, 30_000);

  it('fails a join to a room the instance has not loaded within loadTimeoutMs while Redis is down (1011, logged)', async () => {
    const [, b] = cluster.instances as [TestServer, TestServer];
    const errorsBefore = b.logs.filter((line) => line.msg === 'redis connection error').length;
    await redis.kill();
    try {
      await waitFor(
        () => b.logs.filter((line) => line.msg === 'redis connection error').length > errorsBefore,
        'B to find Redis gone',
      );
      const started = Date.now();
      const joiner = await openRawSocket(b.url, 'not-loaded-on-b');
      const closed = await Promise.race([
        joiner.closed,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), loadTimeoutMs + 4_000)),
      ]);
      const waited = Date.now() - started;
      expect(closed, `the joiner was still waiting after ${waited} ms`).toEqual({
        code: 1011,
        reason: 'room failed to load',
      });
      expect(waited).toBeGreaterThanOrEqual(loadTimeoutMs - 50);
      expect(waited).toBeLessThan(loadTimeoutMs + 2_000);
      expect(
        b.logs.some(
          (line) =>
            line.msg === 'room failed to load' &&
            JSON.stringify(line.err).includes(`timed out after ${loadTimeoutMs} ms`),
        ),
      ).toBe(true);
      expect(b.server.rooms.get('not-loaded-on-b')).toBeUndefined();
    } finally {
      await redis.restart();
    }
    // Once Redis is back the same room loads.
    const late = await connectSynced(b.url, 'not-loaded-on-b');
    clients.push(late);
    late.doc.getMap('data').set('loaded', true);
    await waitFor(
      () => b.server.rooms.get('not-loaded-on-b')?.doc.getMap('data').get('loaded') === true,
      'the room to work once Redis is back',
    );
  }, 30_000);
});
