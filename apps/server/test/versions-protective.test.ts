// A mass delete is written and relayed only after its protective version is stored (R4).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/storage/sqlite-store.ts';
import { drawShapes } from './helpers/board-shapes.ts';
import { connectSynced, waitFor } from './helpers/clients.ts';
import { tempDir, withServer } from './helpers/server.ts';
import { storedRows } from './helpers/rows.ts';
import { listVersions, versionsApi } from './helpers/versions-api.ts';

describe('protective versions', () => {
  it('hold a mass delete back until the version is stored, then let it through', async () => {
    const dataDir = tempDir();
    const store = new SqliteStore(join(dataDir, 'sketchroom.db'));
    const save = store.versions.saveVersion.bind(store.versions);
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let saving = 0;
    store.versions.saveVersion = async (version) => {
      saving += 1;
      await released;
      return save(version);
    };
    await withServer({ store, dataDir }, async ({ url, port }) => {
      const writer = await connectSynced(url, 'held');
      const watcher = await connectSynced(url, 'held');
      const board = drawShapes(writer.doc, 30);
      await waitFor(() => watcher.doc.getMap('shapes').size === 30, 'the shapes to arrive');
      await waitFor(() => storedRows(dataDir, 'held') > 0, 'the shapes to be stored');
      const rowsBefore = storedRows(dataDir, 'held');
      board.deleteShapes(board.allShapes().map((shape) => shape.id));
      await waitFor(() => saving === 1, 'the protective version to start saving');
      // A few turns of the event loop later, nothing of the delete is stored or relayed.
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setImmediate(resolve));
      expect(watcher.doc.getMap('shapes').size).toBe(30);
      expect(storedRows(dataDir, 'held')).toBe(rowsBefore);
      release();
      await waitFor(() => watcher.doc.getMap('shapes').size === 0, 'the delete to be relayed');
      const [version] = await listVersions(versionsApi(port, 'held', null));
      expect(version).toMatchObject({ kind: 'protective', shapes: 30 });
      expect(storedRows(dataDir, 'held')).toBe(rowsBefore + 1);
      for (const client of [writer, watcher]) client.destroy();
    });
  });
});
