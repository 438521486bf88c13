// Issue 9, finding 6: a viewer's sync step 1 with a non-empty state vector re-encoded the whole
// document every time (546 bytes in, 220 MiB out from 4 sockets, another room's p99 at 2.9 s),
// and presence queries re-encoded every state each time.
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import {
  closedWithin,
  syncStep1Message,
  unknownClientStateVector,
  healthStatus,
} from './helpers/attacks.ts';
import { createBoard } from './helpers/boards.ts';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { probeLatency } from './helpers/latency.ts';
import { openRawSocket, type RawSocket } from './helpers/raw-socket.ts';
import { withServer } from './helpers/server.ts';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

const docChars = 200_000;
const requestLimit = 20; // RATE_LIMIT_SYNC_REQUESTS' default, per minute
const receivedBytes = (socket: RawSocket) =>
  socket.frames.reduce((sum, frame) => sum + frame.byteLength, 0);

/**
 * Sends `message(i)` up to `count` times as fast as the socket takes them, yielding now and then
 * so the latency probe keeps running; stops early once the server closes the socket.
 */
async function flood(socket: RawSocket, count: number, message: (i: number) => Uint8Array) {
  for (let i = 0; i < count && socket.ws.readyState === socket.ws.OPEN; i++) {
    socket.send(message(i));
    if (i % 10 === 9) await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** A protected board holding `docChars` of text, its view link, and another board to probe. */
async function boards(port: number, url: string) {
  const target = await createBoard(port);
  const other = await createBoard(port);
  const editor = track(await connectSynced(url, target.roomId, { token: target.links.edit }));
  editor.doc.getText('text').insert(0, 'x'.repeat(docChars));
  editor.provider.awareness.setLocalState({ user: { name: 'Editor' }, cursor: { x: 1, y: 2 } });
  // The text is stored and the presence is in: a viewer joining now gets both.
  const viewer = track(await connectSynced(url, target.roomId, { token: target.links.view }));
  await waitFor(() => viewer.doc.getText('text').length === docChars, 'the document to be in');
  await waitFor(() => viewer.provider.awareness.getStates().size === 2, 'presence to be in');
  return { target, other };
}

describe('cheap requests that cost the server a lot (issue 9, finding 6)', () => {
  it(
    'closes viewers that loop sync step 1 with non-empty state vectors; replies and another room stay bounded',
    () =>
      // At the server's defaults, the limit on new connections per address included.
      withServer({ openRooms: false, connectionsPerMinute: 300 }, async ({ port, url, server }) => {
        const { target, other } = await boards(port, url);
        const probe = await probeLatency(url, other.roomId, { token: other.links.edit });
        // Four attackers, each reconnecting as soon as it is closed for a fresh connection budget,
        // until the server refuses an upgrade (or far more sockets than the limit got through).
        // Each request names a made-up client, so no two are alike.
        const sockets: Array<{ bytes: number; close: { code: number; reason: string } }> = [];
        let clientId = 1;
        let refusedUpgrades = 0;
        const started = Date.now();
        await Promise.all(
          [1, 2, 3, 4].map(async () => {
            while (refusedUpgrades === 0 && sockets.length <= 400) {
              const socket = await openRawSocket(url, target.roomId, target.links.view).catch(
                () => null,
              );
              if (!socket) {
                refusedUpgrades += 1;
                await new Promise((resolve) => setTimeout(resolve, 20));
                continue;
              }
              await flood(socket, 200, () =>
                syncStep1Message(unknownClientStateVector(clientId++)),
              );
              const close = await closedWithin(socket).catch(() => {
                socket.ws.terminate();
                return { code: 0, reason: 'still open after 10 s' };
              });
              sockets.push({ bytes: receivedBytes(socket), close });
              if (close.code === 0) return;
            }
          }),
        );
        const latency = await probe.stop();
        const encodes = server.rooms.get(target.roomId)!.syncReplies.encodes;
        const bytes = sockets.map((socket) => socket.bytes);
        console.log(
          `finding 6, sync step 1 at the defaults: ${JSON.stringify({
            docBytes: docChars,
            sockets: sockets.length,
            refusedUpgrades,
            maxReceivedKiB: Math.round(Math.max(...bytes) / 1024),
            totalReceivedMiB: Math.round(bytes.reduce((a, b) => a + b, 0) / 1024 / 1024),
            encodes,
            closes: [...new Set(sockets.map((socket) => socket.close.reason))],
            otherRoom: latency,
          })}`,
        );
        for (const { close } of sockets)
          expect(close).toEqual({ code: 1008, reason: 'too many sync requests' });
        // At most 20 replies of the whole document each (plus what a join brings), not 200.
        for (const received of bytes)
          expect(received).toBeLessThan((requestLimit + 1) * docChars * 1.05);
        // Reconnecting does not buy more: new connections per address are limited (300 a minute),
        // and beyond each one's join, one address gets ten connections' worth of requests.
        // 300 a minute as a burst, plus what refills while the attack ran (5 a second).
        const seconds = (Date.now() - started) / 1000;
        expect(sockets.length).toBeLessThanOrEqual(300 + Math.ceil(seconds * 5) + 5);
        expect(refusedUpgrades).toBeGreaterThan(0);
        const total = bytes.reduce((sum, received) => sum + received, 0);
        expect(total).toBeLessThan((10 * requestLimit + sockets.length) * docChars * 1.05);
        // Made-up clients are not the document's: every such request is the one cached full state.
        expect(encodes).toBeLessThanOrEqual(2);
        expect(latency.lost).toBe(0);
        expect(latency.p99Ms).toBeLessThan(1_000);
        expect(await healthStatus(port)).toBe(200);
      }),
    60_000,
  );

  it('charges reply bytes to the asker: past RATE_LIMIT_REPLY_BYTES it is closed after a few documents', () =>
    withServer(
      // A burst of 2 × maxMessageBytes (512 KiB), refilled at 64 KiB/s.
      { openRooms: false, maxMessageBytes: 256 * 1024, replyBytesPerSecond: 64 * 1024 },
      async ({ port, url }) => {
        const { target } = await boards(port, url);
        const attacker = await openRawSocket(url, target.roomId, target.links.view);
        await flood(attacker, 200, (i) => syncStep1Message(unknownClientStateVector(i + 1)));
        expect(await closedWithin(attacker)).toEqual({
          code: 1008,
          reason: 'replies exceed the rate limit',
        });
        const received = receivedBytes(attacker);
        console.log(
          `finding 6, charged replies: ${JSON.stringify({ docBytes: docChars, received })}`,
        );
        // The burst (512 KiB) plus the one reply that may overdraw it.
        expect(received).toBeLessThan(512 * 1024 + docChars * 1.05);
      },
    ));

  it('closes a viewer that repeats presence queries (type 3)', () =>
    withServer({ openRooms: false }, async ({ port, url }) => {
      const { target } = await boards(port, url);
      const attacker = await openRawSocket(url, target.roomId, target.links.view);
      await flood(attacker, 200, () => new Uint8Array([3]));
      expect(await closedWithin(attacker)).toEqual({
        code: 1008,
        reason: 'too many sync requests',
      });
      const presenceReplies = attacker.frames.filter((frame) => frame[0] === 1).length;
      console.log(`finding 6, presence queries: ${JSON.stringify({ presenceReplies })}`);
      // One presence message on joining, then one reply per allowed query.
      expect(presenceReplies).toBeLessThanOrEqual(requestLimit + 1);
    }));

  it('encodes the reply to a repeated state vector once while the document is unchanged', () =>
    withServer({ openRooms: false }, async ({ port, url, server }) => {
      const { target } = await boards(port, url);
      const replies = server.rooms.get(target.roomId)!.syncReplies;
      const viewers = await Promise.all(
        [1, 2, 3].map(() => openRawSocket(url, target.roomId, target.links.view)),
      );
      const encodesBefore = replies.encodes;
      // Half of the editor's text: a real difference, not the cached full state.
      const room = server.rooms.get(target.roomId)!;
      const [writer] = [...room.doc.store.clients.keys()];
      const encoder = encoding.createEncoder();
      for (const n of [1, writer!, docChars / 2]) encoding.writeVarUint(encoder, n);
      const stateVector = encoding.toUint8Array(encoder);
      for (const viewer of viewers)
        for (let i = 0; i < 3; i++) viewer.send(syncStep1Message(stateVector));
      const step2s = (socket: RawSocket) =>
        socket.frames.filter((frame) => frame[0] === 0 && frame[1] === 1);
      await waitFor(() => viewers.every((viewer) => step2s(viewer).length === 3), 'nine replies');
      expect(step2s(viewers[0]!)[0]!.byteLength).toBeGreaterThan(docChars / 2);
      expect(step2s(viewers[0]!)[0]!.byteLength).toBeLessThan(docChars);
      expect(replies.encodes - encodesBefore).toBe(1);
      viewers.forEach((viewer) => viewer.ws.close());
    }));
});
