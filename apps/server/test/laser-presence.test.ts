// The laser pointer rides in presence (packages/board-yjs/src/laser.ts). Its field must fit the
// server's per-state limits when full, and what a hostile client puts there is bounded twice:
// by the server's size limit, and by receivers, which keep only the last points of a valid list.
import {
  LASER_POINT_LIMIT,
  laserState,
  readPresence,
  setLocalPresence,
} from '@sketchroom/board-yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { awarenessTextMessage, closedWithin } from './helpers/attacks.ts';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { openRawSocket } from './helpers/raw-socket.ts';
import { withServer } from './helpers/server.ts';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

const laserOf = (client: Client, id: number) =>
  readPresence(client.provider.awareness.getStates()).get(id)?.laser ?? null;

describe('the laser in presence', () => {
  it("the fullest honest state (long name, most selected ids, a full far-off laser) passes the server's default limits", () =>
    withServer({}, async ({ url }) => {
      const a = track(await connectSynced(url, 'laser'));
      const b = track(await connectSynced(url, 'laser'));
      const far = Array.from({ length: 200 }, (_, i) => -1_234_567.891 - i);
      const ids = Array.from({ length: 500 }, (_, i) => `shape:${String(i).padStart(21, 'x')}`);
      setLocalPresence(a.provider.awareness, {
        user: { name: 'n'.repeat(64), color: '#123456' },
        cursor: { x: -1_234_567.8, y: -1_234_567.8 },
        selection: ids,
        laser: laserState(2 ** 31 - 1, 2 ** 31 - 1, far),
      });
      await waitFor(() => laserOf(b, a.doc.clientID) !== null, "a's laser to reach b");
      expect(laserOf(b, a.doc.clientID)?.points).toHaveLength(LASER_POINT_LIMIT * 2);
      expect(a.provider.wsconnected).toBe(true);
    }));

  it('a laser list past the size limit closes the sender (1008); a long one within it is cut to the last points by receivers', () =>
    withServer({}, async ({ url }) => {
      const honest = track(await connectSynced(url, 'laser-attack'));
      const attacker = await openRawSocket(url, 'laser-attack');
      const user = { name: 'Mallory', color: '#e03131' };
      const huge = { user, laser: { stroke: 1, count: 5000, points: Array(5000).fill(123456.7) } };
      attacker.send(awarenessTextMessage([[777_001, 1, JSON.stringify(huge)]]));
      expect((await closedWithin(attacker)).code).toBe(1008);

      const sly = await openRawSocket(url, 'laser-attack');
      // 2000 one-digit numbers: about 4 KB, under the 8 KiB limit, far over 32 points.
      const long = { user, laser: { stroke: 1, count: 1000, points: Array(2000).fill(7) } };
      sly.send(awarenessTextMessage([[777_002, 1, JSON.stringify(long)]]));
      await waitFor(
        () => laserOf(honest, 777_002) !== null,
        'the long laser to reach the honest client',
      );
      expect(laserOf(honest, 777_002)?.points).toHaveLength(LASER_POINT_LIMIT * 2);
      expect(readPresence(honest.provider.awareness.getStates()).has(777_001)).toBe(false);
      sly.ws.close();
    }));
});
