// Issue 13: with PostgreSQL, an image uploaded through one instance is served by every other,
// and sweeps running on every instance at once keep what is used.
import { describe, expect, it } from 'vitest';
import { assetsApi, uploadOk } from './helpers/assets-api.ts';
import { createBoard } from './helpers/boards.ts';
import { png } from './helpers/images.ts';
import { startCluster } from './helpers/instances.ts';
import { assertRedisReachable, redisUrl } from './helpers/services.ts';

describe('images across instances', () => {
  it('serves an image uploaded on one instance from another, and sweeps safely on both', async () => {
    await assertRedisReachable();
    let clock = Date.now();
    const cluster = await startCluster(2, redisUrl, { openRooms: false, now: () => clock });
    try {
      const [a, b] = cluster.instances as [
        (typeof cluster.instances)[0],
        (typeof cluster.instances)[0],
      ];
      const board = await createBoard(a.port);
      const image = png(12, 10);
      const uploaded = await uploadOk(assetsApi(a.port, board.roomId, board.links.edit), image);
      const fromB = await assetsApi(b.port, board.roomId, board.links.view).downloadWithQuery(
        uploaded.id,
      );
      expect(fromB.status).toBe(200);
      expect(fromB.headers.get('content-type')).toBe('image/png');
      expect(Buffer.from(await fromB.arrayBuffer()).equals(image)).toBe(true);
      // The same bytes through the other instance: still one stored copy.
      await uploadOk(assetsApi(b.port, board.roomId, board.links.edit), image);
      expect((await a.server.store.assets.stored()).count).toBe(1);

      // Nothing shows it: past the grace period both instances sweep at once; it goes once.
      clock += 2 * 86_400_000;
      const results = await Promise.all([a.server.sweepAssets(clock), b.server.sweepAssets(clock)]);
      expect(results.reduce((sum, result) => sum + result.deleted, 0)).toBe(1);
      expect((await b.server.store.assets.stored()).count).toBe(0);
      const gone = await assetsApi(a.port, board.roomId, board.links.edit).download(uploaded.id);
      expect(gone.status).toBe(404);
    } finally {
      await cluster.close();
    }
  });
});
