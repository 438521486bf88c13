// Issue 13: a storage failure under the images API or the sweep is logged, answered 500 at
// most, and the server goes on serving.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SqliteStore } from '../src/index.ts';
import { assetsApi, uploadOk } from './helpers/assets-api.ts';
import { createBoard } from './helpers/boards.ts';
import { waitFor } from './helpers/clients.ts';
import { png } from './helpers/images.ts';
import { tempDir, withServer } from './helpers/server.ts';

describe('images when storage fails', () => {
  it('answers 500 to an upload that cannot be stored, logs a failed sweep, and recovers', async () => {
    const store = new SqliteStore(join(tempDir(), 'flaky.db'));
    const { assets } = store;
    const put = assets.putAsset.bind(assets);
    const rooms = assets.roomsOwningBefore.bind(assets);
    let failing = true;
    assets.putAsset = (...args) =>
      failing ? Promise.reject(new Error('disk full')) : put(...args);
    assets.roomsOwningBefore = (...args) =>
      failing ? Promise.reject(new Error('database gone')) : rooms(...args);
    // The sweep's timer fires every 20 ms here, so its failure shows without waiting long.
    await withServer(
      { store, openRooms: false, assetSweepIntervalSeconds: 0.02 },
      async ({ port, logs }) => {
        const board = await createBoard(port);
        const api = assetsApi(port, board.roomId, board.links.edit);
        const image = png();
        const refused = await api.upload(image);
        expect(refused.status).toBe(500);
        await waitFor(() => logs.some((line) => line.msg === 'image sweep failed'), 'a sweep');
        expect(logs.some((line) => line.msg === 'image request failed')).toBe(true);
        expect(await store.assets.stored()).toEqual({ count: 0, bytes: 0 });

        failing = false;
        const stored = await uploadOk(api, image);
        expect((await api.download(stored.id)).status).toBe(200);
      },
    );
  });
});
