import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  connectClient,
  connectSynced,
  contentOf,
  waitFor,
  type Client,
} from './helpers/clients.ts';
import { makeUpdate, openRawSocket, updateMessage } from './helpers/raw-socket.ts';
import { withServer } from './helpers/server.ts';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

describe('sync between stock y-websocket clients', () => {
  it('converges on concurrent edits and gives a late joiner the full state', () =>
    withServer({}, async ({ url }) => {
      const a = track(await connectSynced(url, 'board-1'));
      const b = track(await connectSynced(url, 'board-1'));

      // Concurrent: both edit before seeing each other's change.
      a.doc.getMap('data').set('colour', 'red');
      b.doc.getMap('data').set('colour', 'blue');
      a.doc.getArray('list').insert(0, ['from a']);
      b.doc.getArray('list').insert(0, ['from b']);
      a.doc.getText('text').insert(0, 'hello ');
      b.doc.getText('text').insert(0, 'world');

      await waitFor(
        () => b.doc.getArray('list').length === 2 && a.doc.getArray('list').length === 2,
        'lists to merge',
      );
      await waitFor(
        () => JSON.stringify(contentOf(a.doc)) === JSON.stringify(contentOf(b.doc)),
        'convergence',
      );
      expect(a.doc.getText('text').toString()).toHaveLength('hello world'.length);

      const late = track(await connectSynced(url, 'board-1'));
      await waitFor(() => late.doc.getArray('list').length === 2, 'late joiner to get the state');
      expect(contentOf(late.doc)).toEqual(contentOf(a.doc));
    }));

  it('keeps rooms apart (R1: the room is the URL path)', () =>
    withServer({}, async ({ url }) => {
      const a = track(await connectSynced(url, 'room-a'));
      const b = track(await connectSynced(url, 'room-b'));
      a.doc.getMap('data').set('only', 'a');
      const a2 = track(await connectSynced(url, 'room-a'));
      await waitFor(() => a2.doc.getMap('data').get('only') === 'a', 'same room to see the edit');
      // A later edit in room-b reaching b proves b has had everything relayed to it by then.
      const b2 = track(await connectSynced(url, 'room-b'));
      b2.doc.getMap('data').set('marker', 'b');
      await waitFor(() => b.doc.getMap('data').get('marker') === 'b', 'a later edit in room-b');
      expect(b.doc.getMap('data').has('only')).toBe(false);
    }));

  it('echoes an update to its sender, one protocol message per frame (R3)', () =>
    withServer({}, async ({ url }) => {
      const raw = await openRawSocket(url, 'echo');
      await waitFor(() => raw.frames.length >= 1, 'sync step 1 from the server');
      const message = updateMessage(makeUpdate('k', 'v'));
      raw.send(message);
      await waitFor(
        () => raw.frames.some((frame) => Buffer.from(frame).equals(Buffer.from(message))),
        'the echo',
      );
      raw.ws.close();
    }));

  it('sends sync step 1 first and holds frames that arrive while the room loads (R2)', () =>
    withServer({}, async ({ url }) => {
      const writer = track(await connectSynced(url, 'loading'));
      writer.doc.getMap('data').set('before', 1);
      await waitFor(() => writer.provider.synced, 'writer');
      // A client that sends its update the instant the socket opens, before any reply.
      const doc = new Y.Doc();
      doc.getMap('data').set('early', 2);
      const early = track(connectClient(url, 'loading', doc));
      await early.synced();
      await waitFor(
        () => writer.doc.getMap('data').get('early') === 2,
        'early edit to reach others',
      );
      expect(early.doc.getMap('data').get('before')).toBe(1);
    }));
});
