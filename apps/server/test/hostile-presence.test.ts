// Issue 9, finding 1: one awareness message whose state is 20 KB of nested arrays made a later
// JSON.stringify in the deferred presence flush throw outside any guard, and the process exited.
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  awarenessTextMessage,
  closedWithin,
  deepJsonArray,
  healthStatus,
} from './helpers/attacks.ts';
import { createBoard } from './helpers/boards.ts';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { openRawSocket } from './helpers/raw-socket.ts';
import { startServer, type TestServer } from './helpers/server.ts';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

const attackerId = 424_242;
/** The size refusal, in the wording of c031d9e ('over N bytes') or of @sketchroom/wire ('exceeds N'). */
const overBytes = (limit: number) =>
  new RegExp(`^awareness state (over ${limit} bytes|of \\d+ bytes exceeds ${limit})$`);
const tooDeep = (limit: number) =>
  new RegExp(`^awareness state nests deeper than ${limit}( levels)?$`);
const either = (a: RegExp, b: RegExp) => new RegExp(`${a.source}|${b.source}`);

interface Rooms {
  target: string;
  other: string;
  /** Honest clients' query parameters in each room; the attacker's token, if any. */
  honest: { target: Record<string, string>; other: Record<string, string> };
  attackerToken?: string;
}

/** An open room anyone may join (OPEN_ROOMS), or protected boards where the attacker holds a view link. */
const setups: Array<{ name: string; openRooms: boolean; rooms(port: number): Promise<Rooms> }> = [
  {
    name: 'a connection to an open room',
    openRooms: true,
    rooms: () =>
      Promise.resolve({
        target: 'presence-target',
        other: 'presence-other',
        honest: { target: {}, other: {} },
      }),
  },
  {
    name: 'a view link on a protected board',
    openRooms: false,
    async rooms(port) {
      const [target, other] = [await createBoard(port), await createBoard(port)];
      return {
        target: target.roomId,
        other: other.roomId,
        honest: { target: { token: target.links.edit }, other: { token: other.links.edit } },
        attackerToken: target.links.view,
      };
    },
  },
];

describe('a deeply nested awareness state (issue 9, finding 1)', () => {
  it.each(setups)(
    'from $name closes that connection with 1008; the server and both rooms carry on and store',
    async ({ openRooms, rooms: makeRooms }) => {
      let server: TestServer = await startServer({ openRooms });
      try {
        const rooms = await makeRooms(server.port);
        const [alice, bob] = [
          track(await connectSynced(server.url, rooms.target, rooms.honest.target)),
          track(await connectSynced(server.url, rooms.target, rooms.honest.target)),
        ];
        const [carol, dave] = [
          track(await connectSynced(server.url, rooms.other, rooms.honest.other)),
          track(await connectSynced(server.url, rooms.other, rooms.honest.other)),
        ];
        alice.provider.awareness.setLocalState({ user: { name: 'Alice' } });
        await waitFor(
          () => bob.provider.awareness.getStates().get(alice.doc.clientID)?.user?.name === 'Alice',
          "Alice's presence at Bob",
        );

        const attacker = await openRawSocket(server.url, rooms.target, rooms.attackerToken);
        const attack = deepJsonArray(10_000);
        expect(attack.length).toBe(20_000);
        attacker.send(awarenessTextMessage([[attackerId, 1, attack]]));
        expect(await closedWithin(attacker)).toEqual({
          code: 1008,
          reason: expect.stringMatching(either(overBytes(8192), tooDeep(16))),
        });
        // The same attack in 8,000 bytes: under the size bound, so the depth bound must catch it.
        const smaller = await openRawSocket(server.url, rooms.target, rooms.attackerToken);
        smaller.send(awarenessTextMessage([[attackerId, 1, deepJsonArray(4_000)]]));
        expect(await closedWithin(smaller)).toEqual({
          code: 1008,
          reason: expect.stringMatching(tooDeep(16)),
        });

        // A later presence change is flushed after the attack was handled (one flush per tick):
        // the process survived the flush, and the attacker's state never reached anyone.
        alice.provider.awareness.setLocalStateField('cursor', { x: 1, y: 2 });
        await waitFor(
          () => bob.provider.awareness.getStates().get(alice.doc.clientID)?.cursor?.y === 2,
          'a cursor move after the attack',
        );
        expect(bob.provider.awareness.getStates().has(attackerId)).toBe(false);
        expect(await healthStatus(server.port)).toBe(200);

        alice.doc.getMap('data').set('after', 'the attack');
        carol.doc.getMap('data').set('elsewhere', 'too');
        await waitFor(() => bob.doc.getMap('data').get('after') === 'the attack', 'same room');
        await waitFor(() => dave.doc.getMap('data').get('elsewhere') === 'too', 'other room');

        // Stored, not only relayed: a fresh client after a restart on the same data sees both.
        [alice, bob, carol, dave].forEach((client) => client.destroy());
        await server.close();
        server = await startServer({ openRooms, dataDir: server.dataDir });
        const fresh = track(await connectSynced(server.url, rooms.target, rooms.honest.target));
        const freshOther = track(await connectSynced(server.url, rooms.other, rooms.honest.other));
        expect(fresh.doc.getMap('data').get('after')).toBe('the attack');
        expect(freshOther.doc.getMap('data').get('elsewhere')).toBe('too');
      } finally {
        await server.close();
        rmSync(server.dataDir, { recursive: true, force: true });
      }
    },
  );

  it('takes a flat state of 8192 bytes and refuses one of 8193 bytes with 1008', async () => {
    const server = await startServer({});
    try {
      const watcher = track(await connectSynced(server.url, 'big-state'));
      const stateOf = (bytes: number) => JSON.stringify({ pad: 'x'.repeat(bytes - 10) });
      expect(Buffer.byteLength(stateOf(8192))).toBe(8192);
      const attacker = await openRawSocket(server.url, 'big-state');
      attacker.send(awarenessTextMessage([[attackerId, 1, stateOf(8192)]]));
      await waitFor(
        () => watcher.provider.awareness.getStates().get(attackerId)?.pad?.length === 8182,
        'the 8192-byte state to be relayed',
      );
      attacker.send(awarenessTextMessage([[attackerId, 2, stateOf(8193)]]));
      expect(await closedWithin(attacker)).toEqual({
        code: 1008,
        reason: expect.stringMatching(overBytes(8192)),
      });
      expect(await healthStatus(server.port)).toBe(200);
    } finally {
      await server.close();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  });

  it('uses the configured bounds (MAX_AWARENESS_BYTES, MAX_AWARENESS_DEPTH)', async () => {
    const server = await startServer({ maxAwarenessStateBytes: 1024, maxAwarenessDepth: 4 });
    try {
      const watcher = track(await connectSynced(server.url, 'configured'));
      const fourDeep = await openRawSocket(server.url, 'configured');
      fourDeep.send(awarenessTextMessage([[attackerId, 1, '{"a":[[{"b":1}]]}']]));
      await waitFor(
        () => watcher.provider.awareness.getStates().get(attackerId)?.a?.[0]?.[0]?.b === 1,
        'a state four levels deep to be relayed',
      );
      fourDeep.ws.close();
      const fiveDeep = await openRawSocket(server.url, 'configured');
      fiveDeep.send(awarenessTextMessage([[attackerId + 1, 1, '{"a":[[{"b":[]}]]}']]));
      expect(await closedWithin(fiveDeep)).toEqual({
        code: 1008,
        reason: expect.stringMatching(/^awareness state nests deeper than 4\b/),
      });
      const large = await openRawSocket(server.url, 'configured');
      large.send(awarenessTextMessage([[attackerId + 2, 1, JSON.stringify('y'.repeat(1023))]]));
      expect(await closedWithin(large)).toEqual({
        code: 1008,
        reason: expect.stringMatching(overBytes(1024)),
      });
    } finally {
      await server.close();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  });
});

describe('the deferred presence flush', () => {
  it('logs an exception thrown inside it, never ends the process, and the room keeps working', async () => {
    const server = await startServer({});
    try {
      const alice = track(await connectSynced(server.url, 'flush'));
      const bob = track(await connectSynced(server.url, 'flush'));
      const room = server.server.rooms.get('flush')!;
      // In process, through a public field: a presence state JSON cannot encode (a BigInt makes
      // JSON.stringify throw, as 10,000 nested arrays did), so the next flush throws.
      room.presence.awareness.setLocalState({ count: 1n });
      await waitFor(
        () => server.logs.some((line) => line.msg === 'presence flush failed; changes dropped'),
        'the failed flush to be logged',
      );

      alice.provider.awareness.setLocalState({ cursor: { x: 7 } });
      await waitFor(
        () => bob.provider.awareness.getStates().get(alice.doc.clientID)?.cursor?.x === 7,
        'presence after the failed flush',
      );
      alice.doc.getMap('data').set('still', 'saving');
      await waitFor(() => bob.doc.getMap('data').get('still') === 'saving', 'an edit after it');
      expect(await healthStatus(server.port)).toBe(200);

      room.presence.awareness.setLocalState(null);
      const carol = track(await connectSynced(server.url, 'flush'));
      expect(carol.doc.getMap('data').get('still')).toBe('saving');
      await waitFor(
        () => carol.provider.awareness.getStates().get(alice.doc.clientID)?.cursor?.x === 7,
        'a newcomer to get the presence',
      );
    } finally {
      await server.close();
      rmSync(server.dataDir, { recursive: true, force: true });
    }
  });
});
