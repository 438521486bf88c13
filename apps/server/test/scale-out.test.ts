import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startChildServer, type ChildServer } from './helpers/child-server.ts';
import {
  connectClient,
  connectSynced,
  contentOf,
  waitFor,
  type Client,
} from './helpers/clients.ts';
import { assertRedisReachable, databaseUrlFor, freshSchema, redisUrl } from './helpers/services.ts';

const same = (a: Client, b: Client) =>
  JSON.stringify(contentOf(a.doc)) === JSON.stringify(contentOf(b.doc));
const peerState = (client: Client, id: number) =>
  client.provider.awareness.getStates().get(id) as { cursor?: { x: number } } | undefined;

describe('several instances on Redis and PostgreSQL', () => {
  let schema: Awaited<ReturnType<typeof freshSchema>>;
  const instances: ChildServer[] = [];
  const clients: Client[] = [];
  const track = (client: Client) => (clients.push(client), client);
  const room = () => `shared-${randomBytes(4).toString('hex')}`;

  const startInstance = async () => {
    const instance = await startChildServer({
      DATABASE_URL: databaseUrlFor(schema.schema),
      REDIS_URL: redisUrl,
      DATA_DIR: '/tmp/sketchroom-scale-unused',
      AUTH_SECRET: 'a shared secret for every instance in this test run',
    });
    instances.push(instance);
    return instance;
  };

  beforeAll(async () => {
    await assertRedisReachable();
    schema = await freshSchema();
    await Promise.all([startInstance(), startInstance(), startInstance()]);
  }, 60_000);

  afterAll(async () => {
    clients.forEach((client) => client.destroy());
    for (const instance of instances) {
      if (instance.process.exitCode === null && instance.process.signalCode === null) {
        instance.process.kill('SIGTERM');
        await instance.exited;
      }
    }
    await schema.drop();
  }, 60_000);

  it('clients spread over three instances edit one room concurrently and converge; cursors cross', async () => {
    const name = room();
    const [a, b, c] = await Promise.all(
      instances.slice(0, 3).map((instance) => connectSynced(instance.url, name)),
    );
    [a, b, c].forEach((client) => track(client!));
    for (let i = 0; i < 30; i++) {
      a!.doc.getArray('list').push([`a${i}`]);
      b!.doc.getArray('list').push([`b${i}`]);
      c!.doc.getText('text').insert(0, 'c');
      a!.doc.getMap('data').set('winner', `a${i}`);
      b!.doc.getMap('data').set('winner', `b${i}`);
    }
    await waitFor(
      () => a!.doc.getArray('list').length === 60 && b!.doc.getArray('list').length === 60,
      'lists',
    );
    await waitFor(() => same(a!, b!) && same(b!, c!), 'convergence across instances');

    a!.provider.awareness.setLocalStateField('cursor', { x: 42, y: 7 });
    await waitFor(
      () => peerState(c!, a!.doc.clientID)?.cursor?.x === 42,
      'a cursor from instance 1 on instance 3',
    );
  });

  it('a room loaded on one instance while another writes to it ends identical', async () => {
    const name = room();
    const writer = track(await connectSynced(instances[0]!.url, name));
    let writing = true;
    const burst = (async () => {
      for (let i = 0; writing; i++) {
        writer.doc.getArray('list').push([i]);
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const late = track(await connectSynced(instances[1]!.url, name));
    await new Promise((resolve) => setTimeout(resolve, 200));
    writing = false;
    await burst;
    await waitFor(() => same(writer, late), 'the late loader to match the writer');
    expect(late.doc.getArray('list').length).toBeGreaterThan(20);
  });

  it('loses nothing anyone observed when an instance is killed mid-burst; its presence vanishes', async () => {
    const name = room();
    const [doomed, survivor, third] = instances;
    const writerDoc = new Y.Doc();
    const writer = track(connectClient(doomed!.url, name, writerDoc));
    const bystander = track(await connectSynced(doomed!.url, name));
    const observer = track(await connectSynced(survivor!.url, name));
    await writer.synced();
    bystander.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
    await waitFor(
      () => peerState(observer, bystander.doc.clientID)?.cursor?.x === 1,
      'bystander presence',
    );

    // The instance dies in the middle of the burst; the writer keeps typing into a dead socket.
    for (let i = 0; i < 200; i++) {
      writerDoc.getArray('list').push([i]);
      if (i === 120) {
        await waitFor(
          () => observer.doc.getArray('list').length >= 100,
          'the observer to see the burst',
        );
        doomed!.process.kill('SIGKILL');
      }
      await new Promise((resolve) => setTimeout(resolve, i % 10 === 0 ? 2 : 0));
    }
    await doomed!.exited;
    await new Promise((resolve) => setTimeout(resolve, 200));
    const seen = observer.doc.getArray('list').toArray() as number[];
    expect(seen.length).toBeGreaterThan(0);
    bystander.provider.shouldConnect = false;
    bystander.provider.disconnect();

    // A fresh client on the third instance, loading from PostgreSQL, has everything observed.
    const fresh = track(await connectSynced(third!.url, name));
    await waitFor(
      () => (fresh.doc.getArray('list').length ?? 0) >= seen.length,
      'observed updates on a fresh load',
    );
    const stored = new Set(fresh.doc.getArray('list').toArray() as number[]);
    expect(seen.filter((item) => !stored.has(item))).toEqual([]);

    // The writer's own client fails over to a live instance and everyone converges.
    writer.provider.destroy();
    const failedOver = track(connectClient(survivor!.url, name, writerDoc));
    await failedOver.synced();
    await waitFor(
      () => same(failedOver, fresh) && same(fresh, observer),
      'convergence after failover',
    );
    expect(fresh.doc.getArray('list').length).toBe(writerDoc.getArray('list').length);

    // Nobody renews the dead instance's presence: it times out everywhere (30 s in y-protocols).
    await waitFor(
      () => peerState(observer, bystander.doc.clientID) === undefined,
      'dead presence to vanish',
      45_000,
    );
  }, 90_000);
});
