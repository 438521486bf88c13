import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { awarenessEntries } from './helpers/presence-frames.ts';
import { openRawSocket, updateMessage } from './helpers/raw-socket.ts';
import { withServer } from './helpers/server.ts';
import { upgradeStatus } from './helpers/upgrade.ts';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

describe('per-connection limits', () => {
  it('closes a connection that sends too many messages, and only that one', () =>
    withServer({ messagesPerSecond: 10, messageBurst: 20 }, async ({ url, logs }) => {
      const honest = track(await connectSynced(url, 'rate'));
      const flooder = await openRawSocket(url, 'rate');
      for (let i = 0; i < 50; i++) flooder.send(new Uint8Array([3]));
      expect(await flooder.closed).toEqual({ code: 1008, reason: 'rate limit exceeded' });
      expect(logs.some((line) => line.reason === 'rate limit exceeded')).toBe(true);
      honest.doc.getMap('data').set('still', 'here');
      const other = track(await connectSynced(url, 'rate'));
      await waitFor(() => other.doc.getMap('data').get('still') === 'here', 'the room to carry on');
    }));

  it('closes a connection that sends too many bytes', () =>
    withServer({ maxMessageBytes: 1024, bytesPerSecond: 1024 }, async ({ url }) => {
      const flooder = await openRawSocket(url, 'bytes');
      for (let i = 0; i < 5; i++) {
        const doc = new Y.Doc();
        doc.getMap('data').set(`k${i}`, 'b'.repeat(850));
        flooder.send(updateMessage(Y.encodeStateAsUpdate(doc)));
      }
      expect((await flooder.closed).reason).toBe('rate limit exceeded');
    }));

  it('caps the awareness client ids one connection may claim', () =>
    withServer({ maxAwarenessIdsPerConnection: 4 }, async ({ url }) => {
      const raw = await openRawSocket(url, 'ids');
      const five = [1, 2, 3, 4, 5].map((id): [number, number, unknown] => [
        id,
        1,
        { cursor: { x: id } },
      ]);
      raw.send(awarenessEntries(five));
      expect(await raw.closed).toEqual({ code: 1008, reason: 'more than 4 awareness client ids' });
    }));

  it("ignores a connection's attempts to change someone else's presence", () =>
    withServer({}, async ({ url, server, logs }) => {
      const victim = track(await connectSynced(url, 'spoof'));
      const watcher = track(await connectSynced(url, 'spoof'));
      victim.provider.awareness.setLocalState({ user: { name: 'Victim' } });
      const id = victim.doc.clientID;
      await waitFor(
        () => watcher.provider.awareness.getStates().get(id)?.user?.name === 'Victim',
        'victim',
      );

      const spoofer = await openRawSocket(url, 'spoof');
      spoofer.send(awarenessEntries([[id, 1000, { user: { name: 'Mallory' } }]]));
      spoofer.send(awarenessEntries([[id, 1001, null]]));
      victim.provider.awareness.setLocalStateField('cursor', { x: 1, y: 1 });
      await waitFor(
        () => watcher.provider.awareness.getStates().get(id)?.cursor?.x === 1,
        'a later move',
      );
      expect(watcher.provider.awareness.getStates().get(id)?.user?.name).toBe('Victim');
      // The owner was probed and answered, so it stays; so does the spoofer, whose edits went nowhere.
      await waitFor(() => logs.some((line) => line.msg === 'probe answered'), 'the probe to end');
      expect(server.connectionCount()).toBe(3);
      expect(victim.provider.wsconnected).toBe(true);
      expect(watcher.provider.awareness.getStates().get(id)?.user?.name).toBe('Victim');
      spoofer.ws.close();
    }));

  it('lets a person who reconnects after a network drop take their presence back quickly', () =>
    withServer({}, async ({ url, server }) => {
      const watcher = track(await connectSynced(url, 'drop'));
      const cursorOf = () => watcher.provider.awareness.getStates().get(77)?.cursor?.x;
      const before = await openRawSocket(url, 'drop');
      before.send(awarenessEntries([[77, 1, { cursor: { x: 1 } }]]));
      await waitFor(() => cursorOf() === 1, 'the first socket');

      // The network drops: the old socket goes silent without closing, and the person comes back.
      (before.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      const after = await openRawSocket(url, 'drop');
      after.send(awarenessEntries([[77, 2, { cursor: { x: 2 } }]]));
      // The stale socket is probed and cut well before the 30 s ping period would notice it.
      await waitFor(() => server.connectionCount() === 2, 'the stale socket to be cut', 5_000);
      after.send(awarenessEntries([[77, 3, { cursor: { x: 3 } }]]));
      await waitFor(() => cursorOf() === 3, 'presence back on the new socket');
      after.ws.close();
    }));
});

describe('per-room limits', () => {
  it('refuses an update that would grow the board past its limit, with a reason, and keeps the room', () =>
    withServer({ maxRoomBytes: 4096 }, async ({ url, server }) => {
      const small = track(await connectSynced(url, 'full'));
      small.doc.getMap('data').set('fits', 'yes');
      await waitFor(
        () => server.rooms.get('full')?.doc.getMap('data').get('fits') === 'yes',
        'a small edit',
      );

      const big = await openRawSocket(url, 'full');
      const doc = new Y.Doc();
      doc.getMap('data').set('huge', 'x'.repeat(10_000));
      big.send(updateMessage(Y.encodeStateAsUpdate(doc)));
      expect(await big.closed).toEqual({ code: 1008, reason: 'board is full' });
      const denial = big.frames.find((frame) => frame[0] === 2);
      expect(Buffer.from(denial!).toString()).toContain('board is full (limit 4096 bytes)');
      expect(server.rooms.get('full')!.doc.getMap('data').has('huge')).toBe(false);
      const fresh = track(await connectSynced(url, 'full'));
      expect(fresh.doc.getMap('data').toJSON()).toEqual({ fits: 'yes' });
    }));

  it('bounds updates held back for missing dependencies', () =>
    withServer({ maxPendingBytes: 1024 }, async ({ url, server }) => {
      const honest = track(await connectSynced(url, 'pending'));
      // A chain of updates whose first link is never sent: each one waits on the one before.
      const source = new Y.Doc();
      const updates: Uint8Array[] = [];
      source.on('update', (update: Uint8Array) => updates.push(update));
      for (let i = 0; i < 200; i++) source.getText('t').insert(0, `chunk ${i} `);
      const hostile = await openRawSocket(url, 'pending');
      for (const update of updates.slice(1)) hostile.send(updateMessage(update));
      expect(await hostile.closed).toEqual({
        code: 1008,
        reason: 'too many updates with missing dependencies',
      });
      const room = server.rooms.get('pending')!;
      expect(room.doc.store.pendingStructs).toBeNull();
      expect(room.doc.getText('t').length).toBe(0);
      honest.doc.getMap('data').set('ok', true);
      await waitFor(() => room.doc.getMap('data').get('ok') === true, 'the room to keep working');
    }));
});

describe('per-server limits', () => {
  it('answers 503 past the maximum connections and rooms', () =>
    withServer({ maxConnections: 2, maxRooms: 1 }, async ({ url, port }) => {
      track(await connectSynced(url, 'first'));
      expect(await upgradeStatus(port, '/second')).toBe(503);
      track(await connectSynced(url, 'first'));
      expect(await upgradeStatus(port, '/first')).toBe(503);
    }));
});

describe('awareness echo from stock clients', () => {
  it('lets honest clients echo each other without being taken for spoofers', () =>
    withServer({}, async ({ url, server }) => {
      const people = await Promise.all([1, 2, 3].map(() => connectSynced(url, 'echo')));
      people.forEach(track);
      people.forEach((person, i) => person.provider.awareness.setLocalState({ n: i }));
      await waitFor(
        () => people.every((p) => p.provider.awareness.getStates().size === 3),
        'all presence',
      );
      expect(server.connectionCount()).toBe(3);
    }));
});
