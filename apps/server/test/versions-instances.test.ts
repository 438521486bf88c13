// Version history with two instances on Redis and PostgreSQL: a restore made through one
// reaches the people connected to the other, live.
import { BoardDoc } from '@sketchroom/board-yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { drawShapes } from './helpers/board-shapes.ts';
import { createBoard } from './helpers/boards.ts';
import { connectClient, waitFor } from './helpers/clients.ts';
import { startCluster } from './helpers/instances.ts';
import { assertRedisReachable, redisUrl } from './helpers/services.ts';
import { listVersions, versionsApi, type VersionSummary } from './helpers/versions-api.ts';

describe('version history across instances', () => {
  it('restores through one instance for the people on another, and both list the same versions', async () => {
    await assertRedisReachable();
    const cluster = await startCluster(2, redisUrl, { openRooms: false });
    const a = cluster.instances[0]!;
    const b = cluster.instances[1]!;
    const clients = [] as ReturnType<typeof connectClient>[];
    try {
      const board = await createBoard(a.port);
      const onA = connectClient(a.url, board.roomId, new Y.Doc(), { token: board.links.edit });
      clients.push(onA);
      await onA.synced();
      // What a watcher sees is stored (R4): another instance loading the room reads it.
      const watcher = connectClient(a.url, board.roomId, new Y.Doc(), { token: board.links.view });
      clients.push(watcher);
      await watcher.synced();
      const drawn = drawShapes(onA.doc, 40);
      const expected = drawn.exportJson();
      await waitFor(() => watcher.doc.getMap('shapes').size === 40, 'the shapes to be stored');
      const named = await versionsApi(a.port, board.roomId, board.links.edit).name('forty');
      const version = (await named.json()) as VersionSummary;
      drawn.deleteShapes(drawn.allShapes().map((shape) => shape.id));
      await waitFor(() => watcher.doc.getMap('shapes').size === 0, 'the delete to be stored');

      const throughB = versionsApi(b.port, board.roomId, board.links.edit);
      expect((await throughB.restore(version.id)).status).toBe(200);
      await waitFor(() => onA.doc.getMap('shapes').size === 40, 'the restore on instance A');
      expect(new BoardDoc(onA.doc).exportJson()).toEqual(expected);
      const seenFromA = (
        await listVersions(versionsApi(a.port, board.roomId, board.links.view))
      ).map((v) => v.id);
      expect(seenFromA).toEqual((await listVersions(throughB)).map((v) => v.id));
      expect(seenFromA).toContain(version.id);
    } finally {
      clients.forEach((client) => client.destroy());
      await cluster.close();
    }
  });
});
