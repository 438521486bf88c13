import { afterEach, describe, expect, it } from 'vitest';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { withServer } from './helpers/server.ts';
import { openRawSocket } from './helpers/raw-socket.ts';
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

const peerIds = (client: Client) =>
  [...client.provider.awareness.getStates().entries()]
    .filter(([id, state]) => id !== client.doc.clientID && Object.keys(state).length > 0)
    .map(([id]) => id);

describe('awareness', () => {
  it('reaches the others and disappears when a client closes cleanly (R5)', () =>
    withServer({}, async ({ url }) => {
      const a = track(await connectSynced(url, 'presence'));
      const b = track(await connectSynced(url, 'presence'));
      a.provider.awareness.setLocalState({
        user: { name: 'Ada', color: '#f00' },
        cursor: { x: 1, y: 2 },
      });
      await waitFor(() => peerIds(b).includes(a.doc.clientID), 'a to appear for b');
      expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({
        user: { name: 'Ada' },
      });

      // A joiner gets everyone's current presence on connect.
      const c = track(await connectSynced(url, 'presence'));
      await waitFor(() => peerIds(c).includes(a.doc.clientID), 'late joiner to see a');

      a.provider.destroy();
      await waitFor(() => !peerIds(b).includes(a.doc.clientID), 'a to vanish for b');
      await waitFor(() => !peerIds(c).includes(a.doc.clientID), 'a to vanish for c');
    }));

  it('removes the states of a dropped socket for everyone', () =>
    withServer({}, async ({ url, server }) => {
      const a = track(await connectSynced(url, 'presence'));
      const b = track(await connectSynced(url, 'presence'));
      a.provider.awareness.setLocalState({ user: { name: 'Bo', color: '#0f0' } });
      await waitFor(() => peerIds(b).includes(a.doc.clientID), 'a to appear');
      // The network dies under a: no close frame, no awareness goodbye, no reconnect.
      a.provider.shouldConnect = false;
      (a.provider.ws as unknown as { _socket: { destroy(): void } })._socket.destroy();
      await waitFor(() => !peerIds(b).includes(a.doc.clientID), 'a to vanish after the drop');
      await waitFor(() => server.connectionCount() === 1, 'server to forget the dropped socket');
    }));

  it('closes a connection that stops answering pings (R6) and clears its presence', () =>
    withServer({ pingIntervalMs: 200 }, async ({ url, server, logs }) => {
      const a = track(await connectSynced(url, 'liveness'));
      const b = track(await connectSynced(url, 'liveness'));
      a.provider.awareness.setLocalState({ user: { name: 'Cy', color: '#00f' } });
      await waitFor(() => peerIds(b).includes(a.doc.clientID), 'a to appear');
      // A frozen peer: its socket stays open but it reads nothing, so it never answers a ping.
      a.provider.shouldConnect = false;
      (a.provider.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      await waitFor(
        () => server.connectionCount() === 1,
        'the frozen connection to be closed',
        5_000,
      );
      expect(logs.some((line) => line.msg === 'no pong; terminating')).toBe(true);
      await waitFor(() => !peerIds(b).includes(a.doc.clientID), 'its presence to vanish');
    }));

  it('merges a burst of awareness changes into few messages', () =>
    withServer({}, async ({ url }) => {
      const watcher = track(await connectSynced(url, 'storm'));
      const raw = await openRawSocket(url, 'storm');
      const awareness = new Awareness(new Y.Doc());
      let messages = 0;
      watcher.provider.ws!.addEventListener('message', () => messages++);
      // Twenty cursor moves written back to back arrive in one read on the server.
      for (let x = 0; x < 20; x++) {
        awareness.setLocalState({ cursor: { x, y: 0 } });
        raw.send(awarenessMessage(encodeAwarenessUpdate(awareness, [awareness.clientID])));
      }
      await waitFor(
        () =>
          (
            watcher.provider.awareness.getStates().get(awareness.clientID) as
              { cursor?: { x: number } } | undefined
          )?.cursor?.x === 19,
        'the last cursor position',
      );
      expect(messages).toBeLessThan(5);
      awareness.destroy();
      raw.ws.close();
    }));
});

function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}
