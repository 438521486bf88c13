// Automatic versions and retention, on a clock the test moves (no waiting for real time).
import { BoardDoc } from '@sketchroom/board-yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { testShapes } from './helpers/board-shapes.ts';
import { connectClient, waitFor, type Client } from './helpers/clients.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { listVersions, versionsApi } from './helpers/versions-api.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe('automatic versions and retention', () => {
  let server: TestServer | null = null;
  const clients: Client[] = [];
  let clock = Date.UTC(2026, 0, 5);
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await server?.close();
    server = null;
  });

  const start = async () => {
    clock = Date.UTC(2026, 0, 5);
    server = await startServer({ now: () => clock, versionIntervalSeconds: 300 });
    return versionsApi(server.port, 'history', null);
  };
  const join = async (name: string, color: string) => {
    const client = connectClient(server!.url, 'history');
    clients.push(client);
    client.provider.awareness.setLocalStateField('user', { name, color });
    await client.synced();
    return { client, board: new BoardDoc(client.doc) };
  };
  const kinds = async (api: ReturnType<typeof versionsApi>) =>
    (await listVersions(api)).map((v) => v.kind);

  it('takes at most one version per interval of activity, naming who edited since the last', async () => {
    const api = await start();
    const ada = await join('Ada', '#e03131');
    const bo = await join('Bo', '#1971c2');
    const shapes = testShapes(6);
    ada.board.createShapes(shapes.slice(0, 2));
    clock += 2 * MINUTE;
    bo.board.createShapes(shapes.slice(2, 3));
    await waitFor(() => ada.client.doc.getMap('shapes').size === 3, 'both edits');
    expect(await listVersions(api)).toEqual([]);

    clock += 3 * MINUTE + 1;
    ada.board.createShapes(shapes.slice(3, 4));
    await waitFor(() => bo.client.doc.getMap('shapes').size === 4, 'the third edit');
    await waitForVersions(api, 1);
    let versions = await listVersions(api);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ kind: 'auto', shapes: 4, createdAt: clock });
    expect(versions[0]!.authors).toEqual(
      expect.arrayContaining([
        { name: 'Ada', color: '#e03131' },
        { name: 'Bo', color: '#1971c2' },
      ]),
    );

    // Within the next interval: no new version, however many edits.
    clock += 4 * MINUTE;
    ada.board.createShapes(shapes.slice(4, 5));
    await waitFor(() => bo.client.doc.getMap('shapes').size === 5, 'the fourth edit');
    expect(await kinds(api)).toEqual(['auto']);

    // Leaving after changes: the room unloads with a version, by Ada alone.
    clients.splice(0).forEach((client) => client.destroy());
    await waitFor(() => server!.server.rooms.size === 0, 'the room to unload');
    versions = await listVersions(api);
    expect(versions.map((v) => v.kind)).toEqual(['auto', 'auto']);
    expect(versions[0]).toMatchObject({ shapes: 5, authors: [{ name: 'Ada', color: '#e03131' }] });

    // Loading and leaving without changes adds nothing.
    const again = await join('Cy', '#000');
    expect(again.client.doc.getMap('shapes').size).toBe(5);
    clients.splice(0).forEach((client) => client.destroy());
    await waitFor(() => server!.server.rooms.size === 0, 'the room to unload again');
    expect(await kinds(api)).toEqual(['auto', 'auto']);
  });

  it('thins automatic versions to one an hour after a day, expires them after the retention, and keeps named ones', async () => {
    const api = await start();
    const ada = await join('Ada', '#e03131');
    const shapes = testShapes(20);
    // Seven edits 6 minutes apart in one hour: seven automatic versions.
    for (let i = 0; i < 7; i++) {
      clock += 6 * MINUTE;
      ada.board.createShapes(shapes.slice(i, i + 1));
      const want = i + 1;
      await waitFor(() => ada.client.doc.getMap('shapes').size === want, 'the edit');
      await waitForVersions(api, want);
    }
    const named = await versionsApi(server!.port, 'history', null).name('Keep me');
    expect(named.status).toBe(201);
    expect(await kinds(api)).toEqual(['named', ...Array(7).fill('auto')]);

    // Two days on, the room unloads: retention thins that hour to its newest version.
    clock += 2 * DAY;
    clients.splice(0).forEach((client) => client.destroy());
    await waitFor(() => server!.server.rooms.size === 0, 'the room to unload');
    const thinned = await listVersions(api);
    expect(thinned.map((v) => v.kind)).toEqual(['named', 'auto']);
    expect(thinned[1]!.shapes).toBe(7);

    // Past the retention, only the named version is left.
    clock += 90 * DAY;
    await join('Ada', '#e03131');
    clients.splice(0).forEach((client) => client.destroy());
    await waitFor(() => server!.server.rooms.size === 0, 'the room to unload again');
    expect(await kinds(api)).toEqual(['named']);
  });
});

/** Automatic versions are saved a tick after the edit that makes them due. */
async function waitForVersions(api: ReturnType<typeof versionsApi>, count: number) {
  for (let i = 0; i < 500; i++) {
    if ((await listVersions(api)).length >= count) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  throw new Error(`timed out waiting for ${count} versions`);
}
