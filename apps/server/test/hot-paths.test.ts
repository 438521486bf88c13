import { afterEach, describe, expect, it } from 'vitest';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { openRawSocket } from './helpers/raw-socket.ts';
import { SqliteStore } from '../src/index.ts';
import { withServer, tempDir } from './helpers/server.ts';
import { join } from 'node:path';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

const syncStep1Empty = new Uint8Array([0, 0, 1, 0]);

describe('hot paths', () => {
  it('writes a burst of updates in one transaction (group commit per tick)', async () => {
    const store = new SqliteStore(join(tempDir(), 'burst.db'));
    const batches: number[] = [];
    const append = store.append.bind(store);
    store.append = (batch) => (batches.push(batch.length), append(batch));
    await withServer({ store }, async ({ url }) => {
      const a = track(await connectSynced(url, 'burst'));
      const b = track(await connectSynced(url, 'burst'));
      batches.length = 0;
      // Forty edits written in one tick reach the server in one read.
      for (let i = 0; i < 40; i++) a.doc.getArray('list').push([i]);
      await waitFor(() => b.doc.getArray('list').length === 40, 'the burst to arrive');
      expect(batches.reduce((sum, n) => sum + n, 0)).toBe(40);
      expect(batches.length).toBeLessThan(5);
    });
  });

  it('encodes the full state once for every joiner at the same version', () =>
    withServer({}, async ({ url, server }) => {
      const writer = track(await connectSynced(url, 'big'));
      writer.doc.getText('text').insert(0, 'y'.repeat(50_000));
      const room = server.rooms.get('big')!;
      await waitFor(() => room.doc.getText('text').length === 50_000, 'the text at the server');
      // Counting encodes, not comparing bytes: an uncached reply has the very same bytes.
      const replies = room.syncReplies;
      const encodesBefore = replies.encodes;
      const joiners = await Promise.all([1, 2, 3].map(() => openRawSocket(url, 'big')));
      for (const joiner of joiners) joiner.send(syncStep1Empty);
      const fresh = await Promise.all([1, 2].map(() => connectSynced(url, 'big')));
      fresh.forEach(track);
      const stateReply = (frames: Uint8Array[]) =>
        frames.find((frame) => frame[0] === 0 && frame[1] === 1);
      await waitFor(() => joiners.every((joiner) => stateReply(joiner.frames)), 'three replies');
      expect(stateReply(joiners[0]!.frames)!.byteLength).toBeGreaterThan(50_000);
      for (const client of fresh) expect(client.doc.getText('text').length).toBe(50_000);
      expect(replies.encodes - encodesBefore).toBe(1);
      joiners.forEach((joiner) => joiner.ws.close());
    }));

  it('drops a client that stops reading once its send buffer passes the bound', () =>
    withServer({ maxBufferedBytes: 1024 * 1024 }, async ({ url, server, logs }) => {
      const writer = track(await connectSynced(url, 'flood'));
      const reader = track(await connectSynced(url, 'flood'));
      const stalled = await openRawSocket(url, 'flood');
      (stalled.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      // 20 MB: more than the kernel's socket buffers can hide.
      for (let i = 0; i < 200; i++) {
        writer.doc.getArray('list').push([String(i).repeat(100_000).slice(0, 100_000)]);
        if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      }
      await waitFor(
        () => logs.some((line) => line.msg === 'dropping slow client'),
        'the stalled client to be dropped',
      );
      await waitFor(
        () => reader.doc.getArray('list').length === 200,
        'honest reader to get everything',
      );
      expect(server.connectionCount()).toBe(2);
      expect(reader.provider.wsconnected).toBe(true);
    }));
});
