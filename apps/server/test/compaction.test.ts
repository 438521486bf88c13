import { afterEach, describe, expect, it } from 'vitest';
import { connectSynced, contentOf, waitFor, type Client } from './helpers/clients.ts';
import { storedRows } from './helpers/rows.ts';
import { withServer } from './helpers/server.ts';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

async function writeEdits(client: Client, count: number): Promise<void> {
  const list = client.doc.getArray<number>('list');
  for (let i = 0; i < count; i++) {
    list.push([i]);
    client.doc.getMap('data').set(`k${i % 7}`, i);
    if (i % 10 === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  }
  client.doc.getText('text').insert(0, 'compact me');
  list.delete(0, 5);
}

describe('compaction', () => {
  it('folds rows past the threshold into a snapshot and keeps the document identical', () =>
    withServer({ compactAfterRows: 50, unloadDelayMs: 60_000 }, async ({ url, dataDir, logs }) => {
      const writer = track(await connectSynced(url, 'big'));
      await writeEdits(writer, 300);
      const observer = track(await connectSynced(url, 'big'));
      await waitFor(
        () => JSON.stringify(contentOf(observer.doc)) === JSON.stringify(contentOf(writer.doc)),
        'observer',
      );
      await waitFor(() => logs.some((line) => line.msg === 'room compacted'), 'a compaction');
      // Hundreds of updates were written; the threshold keeps the log short.
      expect(storedRows(dataDir, 'big')).toBeLessThan(60);
      const fresh = track(await connectSynced(url, 'big'));
      expect(contentOf(fresh.doc)).toEqual(contentOf(writer.doc));
    }));

  it('compacts a room to one row when it unloads, and it reloads identical (R10)', () =>
    withServer({ compactAfterRows: 100_000 }, async ({ url, dataDir, server }) => {
      const writer = track(await connectSynced(url, 'unload'));
      await writeEdits(writer, 120);
      const expected = contentOf(writer.doc);
      await waitFor(() => storedRows(dataDir, 'unload') > 100, 'rows to be stored');
      writer.destroy();
      await waitFor(() => server.rooms.size === 0, 'the empty room to unload');
      expect(storedRows(dataDir, 'unload')).toBe(1);
      const reader = track(await connectSynced(url, 'unload'));
      await waitFor(() => reader.doc.getText('text').length > 0, 'reload');
      expect(contentOf(reader.doc)).toEqual(expected);
    }));
});
