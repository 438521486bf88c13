import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { closedOf, tryOpen } from './helpers/addresses.ts';
import { boardApi, createBoard } from './helpers/boards.ts';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { startCluster } from './helpers/instances.ts';
import { makeUpdate, updateMessage } from './helpers/raw-socket.ts';
import { withServer, type TestServer } from './helpers/server.ts';
import { assertRedisReachable, redisUrl } from './helpers/services.ts';

// Issue 9, finding 5: a holder of the edit link who keeps reconnecting while the owner rotates
// it must not keep a working socket. After the rotation answers, no socket on the old token
// may be open on any instance, and nothing written through one may reach the board.

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

const rotations = 30;
/** Upgrades the holder keeps in flight at once. */
const loops = 3;

/** Someone who holds an edit token and reconnects with it as fast as the server answers. */
function reconnectingHolder(url: string, room: string, token: string) {
  const sockets: WebSocket[] = [];
  let running = true;
  let opened = 0;
  const loop = async () => {
    while (running) {
      const attempt = await tryOpen(url, `/${room}?token=${encodeURIComponent(token)}`).catch(
        () => null,
      );
      if (attempt?.ws) {
        opened += 1;
        sockets.push(attempt.ws);
        if (!running) attempt.ws.terminate();
      } else {
        // Refused (the token is no longer current): try again at once, as an attacker would.
        await new Promise((resolve) => setImmediate(resolve));
      }
    }
  };
  const done = Promise.all(Array.from({ length: loops }, loop));
  return {
    sockets,
    opened: () => opened,
    async stop() {
      running = false;
      await done;
    },
  };
}

interface Tally {
  /** Old-generation edit connections open on the holder's instance when rotate() answered. */
  openAtAnswer: number;
  /** Of those, the ones already in the room (receiving and applying edits). */
  joinedAtAnswer: number;
  /** Old-token sockets still open 5 s after the rotation answered. */
  neverClosed: number;
  /** Writes sent through old-token sockets after the answer that reached a document. */
  writesApplied: number;
  /** Old-token sockets the holder had open when the rotation answered (the race was on). */
  racing: number;
  /** Rotations after which at least one old-token socket was open on the holder's instance. */
  roundsLeavingOne: number;
}

/**
 * Rotates the edit link `rotations` times through `ownerSide` while the holder reconnects to
 * `holderSide` with the edit token of the moment; both may be the same instance.
 */
async function raceRotations(
  ownerSide: TestServer,
  holderSide: TestServer,
  everyInstance: TestServer[],
): Promise<Tally> {
  const board = await createBoard(ownerSide.port);
  const room = board.roomId;
  const api = boardApi(ownerSide.port, room, board.ownerToken);
  // Honest people on the owner token (never revoked): one writes, one watches the holder's instance.
  const writer = track(await connectSynced(ownerSide.url, room, { token: board.ownerToken }));
  const watcher = track(await connectSynced(holderSide.url, room, { token: board.ownerToken }));
  const tally: Tally = {
    openAtAnswer: 0,
    joinedAtAnswer: 0,
    neverClosed: 0,
    writesApplied: 0,
    racing: 0,
    roundsLeavingOne: 0,
  };
  let editToken = board.links.edit;
  for (let round = 1; round <= rotations; round++) {
    const holder = reconnectingHolder(holderSide.url, room, editToken);
    // Let the holder get going, at a different point of its loop each round.
    await waitFor(() => holder.opened() >= 2 + (round % 4), 'the holder to reconnect');

    const rotated = await api.rotate('edit');
    // What the holder's instance holds the moment the rotation answers, before anything else runs.
    const current = round;
    const stale = [...holderSide.server.connections()].filter(
      (connection) =>
        connection.room === room &&
        connection.isOpen &&
        connection.grant.role === 'editor' &&
        connection.grant.generation !== current,
    );
    const members = holderSide.server.rooms.get(room)?.connections;
    tally.openAtAnswer += stale.length;
    if (stale.length > 0) tally.roundsLeavingOne += 1;
    tally.joinedAtAnswer += stale.filter((connection) => members?.has(connection)).length;
    // Right after the answer, the holder writes through every socket it still has open.
    const open = holder.sockets.filter((ws) => ws.readyState === WebSocket.OPEN);
    tally.racing += open.length;
    open.forEach((ws, i) => ws.send(updateMessage(makeUpdate(`stale-${round}-${i}`, true))));
    await holder.stop();

    expect(rotated.status).toBe(200);
    const links = (await rotated.json()) as { edit: string };
    expect(links.edit).not.toBe(editToken);
    editToken = links.edit;
    expect((await ownerSide.server.store.readAccess(room))?.editGeneration).toBe(current);

    // Every old socket gets closed; once closed, nothing more it sent can arrive. (Once one
    // was never closed the test has failed: later rounds wait less, only to count.)
    const patience = tally.neverClosed > 0 ? 200 : 5_000;
    const closes = await Promise.all(
      holder.sockets.map((ws) =>
        Promise.race([
          closedOf(ws),
          new Promise<null>((resolve) => setTimeout(() => resolve(null), patience)),
        ]),
      ),
    );
    tally.neverClosed += closes.filter((close) => close === null).length;
    for (const ws of holder.sockets) ws.terminate();

    // A later honest edit reaches every instance; the holder's writes must not be there.
    writer.doc.getMap('data').set(`honest-${round}`, true);
    await waitFor(
      () =>
        everyInstance.every((instance) =>
          instance.server.rooms.get(room)?.doc.getMap('data').has(`honest-${round}`),
        ) && watcher.doc.getMap('data').has(`honest-${round}`),
      'the honest edit everywhere',
    );
    const keys = [
      ...everyInstance.flatMap((instance) => [
        ...(instance.server.rooms.get(room)?.doc.getMap('data').keys() ?? []),
      ]),
      ...writer.doc.getMap('data').keys(),
      ...watcher.doc.getMap('data').keys(),
    ];
    tally.writesApplied += new Set(keys.filter((key) => key.startsWith(`stale-${round}-`))).size;
  }
  // The honest people were never cut off.
  expect(writer.provider.wsconnected && watcher.provider.wsconnected).toBe(true);
  return tally;
}

describe('rotating the edit link while its holder keeps reconnecting', () => {
  it(
    `on one instance: after each of ${rotations} rotations no old-token socket is open, and its writes go nowhere`,
    () =>
      withServer({ openRooms: false }, async (instance) => {
        const tally = await raceRotations(instance, instance, [instance]);
        expect(tally).toEqual({
          openAtAnswer: 0,
          joinedAtAnswer: 0,
          neverClosed: 0,
          writesApplied: 0,
          racing: tally.racing,
          roundsLeavingOne: 0,
        });
      }),
    60_000,
  );

  it(`across two instances: rotating through A leaves no old-token socket open on B`, async () => {
    await assertRedisReachable();
    const cluster = await startCluster(2, redisUrl, { openRooms: false });
    try {
      const [a, b] = cluster.instances as [TestServer, TestServer];
      const tally = await raceRotations(a, b, [a, b]);
      expect(tally).toEqual({
        openAtAnswer: 0,
        joinedAtAnswer: 0,
        neverClosed: 0,
        writesApplied: 0,
        racing: tally.racing,
        roundsLeavingOne: 0,
      });
    } finally {
      await cluster.close();
    }
  }, 60_000);
});
