import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/index.ts';
import { connectSynced, waitFor } from './helpers/clients.ts';
import { tempDir, withServer } from './helpers/server.ts';

describe('a failed storage write', () => {
  it('relays nothing unstored, closes the room with 1011, and the work is saved once storage is back', async () => {
    const store = new SqliteStore(join(tempDir(), 'flaky.db'));
    const append = store.append.bind(store);
    let failing = false;
    store.append = (batch) => (failing ? Promise.reject(new Error('disk full')) : append(batch));
    await withServer({ store }, async ({ url, logs }) => {
      const writer = await connectSynced(url, 'flaky');
      const reader = await connectSynced(url, 'flaky');
      const closes: number[] = [];
      for (const client of [writer, reader])
        client.provider.on('connection-close', (event: { code: number } | null) =>
          closes.push(event?.code ?? 0),
        );

      failing = true;
      writer.doc.getMap('data').set('draft', 'unsaved');
      await waitFor(() => closes.length === 2, 'both connections to close');
      expect(closes).toEqual([1011, 1011]);
      expect(reader.doc.getMap('data').has('draft')).toBe(false);
      expect(logs.some((line) => line.msg === 'storage write failed; closing room')).toBe(true);

      // Storage recovers; the writer reconnects on its own and its edit is stored and shared.
      failing = false;
      await waitFor(
        () => reader.doc.getMap('data').get('draft') === 'unsaved',
        'the edit after recovery',
        15_000,
      );
      expect((await store.load('flaky')).updates.length).toBeGreaterThan(0);
      writer.destroy();
      reader.destroy();
    });
  });
});
