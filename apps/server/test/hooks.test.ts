import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { ServerHooks } from '../src/hooks.ts';
import type { RoomLog } from '../src/index.ts';
import { connectSynced, waitFor } from './helpers/clients.ts';
import { withServer } from './helpers/server.ts';
import { upgradeStatus } from './helpers/upgrade.ts';

describe('server hooks', () => {
  it('run in order with typed payloads, and a document update is stored before onStored and relayed after it (R4)', async () => {
    const events: string[] = [];
    const storedRows: Array<Promise<RoomLog>> = [];
    let peerSawItAtStored: boolean | null = null;
    let peer: Awaited<ReturnType<typeof connectSynced>> | null = null;
    const first: ServerHooks = {
      async onAuthenticate({ room }) {
        events.push(`auth ${room}`);
        return room === 'forbidden' ? null : undefined;
      },
      onLoadRoom: ({ room }) => void events.push(`load ${room}`),
      onRequest({ path, response }) {
        if (path !== '/hello') return false;
        response.end('hi');
        return true;
      },
    };
    const second: ServerHooks = {
      onChange: ({ kind, fromInstance }) => void events.push(`change ${kind} ${fromInstance}`),
      onStored({ room, update }) {
        events.push(`stored ${update.byteLength > 0}`);
        // The store answers synchronously here: what it holds at this moment is what is durable.
        storedRows.push(server.store.load(room.name));
        peerSawItAtStored = peer?.doc.getMap('data').has('k') ?? null;
      },
      onUnload: ({ room }) => void events.push(`unload ${room.name}`),
    };
    let server!: Parameters<Parameters<typeof withServer>[1]>[0]['server'];
    await withServer({ hooks: [first, second] }, async (test) => {
      server = test.server;
      expect(await upgradeStatus(test.port, '/forbidden')).toBe(401);
      expect(await (await fetch(`http://127.0.0.1:${test.port}/hello`)).text()).toBe('hi');
      // The built-in hooks still run after the operator's: the boards API answers.
      expect(
        (await fetch(`http://127.0.0.1:${test.port}/api/boards`, { method: 'POST' })).status,
      ).toBe(201);

      const writer = await connectSynced(test.url, 'hooked');
      peer = await connectSynced(test.url, 'hooked');
      writer.doc.getMap('data').set('k', 'v');
      await waitFor(() => peer!.doc.getMap('data').get('k') === 'v', 'the peer to get the edit');
      expect(peerSawItAtStored).toBe(false);
      const rows = await storedRows[0]!;
      const stored = new Y.Doc();
      rows.updates.forEach((update) => Y.applyUpdate(stored, update));
      expect(stored.getMap('data').get('k')).toBe('v');
      writer.destroy();
      peer.destroy();
      await waitFor(() => events.includes('unload hooked'), 'the room to unload');
    });
    expect(
      events.filter((event) => !event.startsWith('auth') || event.endsWith('forbidden')),
    ).toEqual(
      expect.arrayContaining([
        'auth forbidden',
        'load hooked',
        'change update false',
        'stored true',
      ]),
    );
    expect(events.indexOf('load hooked')).toBeLessThan(events.indexOf('change update false'));
    expect(events.indexOf('change update false')).toBeLessThan(events.indexOf('stored true'));
    expect(events.indexOf('stored true')).toBeLessThan(events.indexOf('unload hooked'));
  });

  it('a hook that throws in the hot path is logged and the room carries on', () =>
    withServer(
      {
        hooks: [
          {
            onChange() {
              throw new Error('broken hook');
            },
          },
        ],
      },
      async ({ url, logs }) => {
        const writer = await connectSynced(url, 'sturdy');
        const reader = await connectSynced(url, 'sturdy');
        writer.doc.getMap('data').set('still', 'works');
        await waitFor(() => reader.doc.getMap('data').get('still') === 'works', 'the edit');
        expect(logs.some((line) => line.msg === 'onChange hook failed')).toBe(true);
        writer.destroy();
        reader.destroy();
      },
    ));
});
