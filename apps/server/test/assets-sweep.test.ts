// Issue 13: the sweep keeps images a shape or a kept version uses, and removes the others
// once their grace period is over; on both stores, for loaded and unloaded boards.
import { BoardDoc } from '@sketchroom/board-yjs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assetsApi, uploadOk } from './helpers/assets-api.ts';
import { createBoard } from './helpers/boards.ts';
import { connectClient, waitFor, type Client } from './helpers/clients.ts';
import { png } from './helpers/images.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { testStorages, type TestStorage } from './helpers/storages.ts';
import { versionsApi } from './helpers/versions-api.ts';

const DAY = 86_400_000;

/** An image shape on the board showing `asset`. */
function placeImage(doc: Y.Doc, id: string, asset: string): void {
  new BoardDoc(doc).createShapes([
    {
      id: `shape:${id}`,
      type: 'image',
      index: `a${id}`,
      geom: { x: 0, y: 0, width: 30, height: 20, rotation: 0 },
      style: { stroke: '#1e1e1e', fill: 'none', strokeWidth: 2, opacity: 1 },
      asset,
    },
  ] as unknown as Parameters<BoardDoc['createShapes']>[0]);
}

describe.each(Object.keys(testStorages))('image sweep on %s', (storeName) => {
  let storage: TestStorage | null = null;
  let server: TestServer | null = null;
  const clients: Client[] = [];
  afterEach(async () => {
    clients.splice(0).forEach((client) => client.destroy());
    await server?.close();
    await storage?.cleanup();
  });

  it('keeps used, versioned and fresh images, removes orphans past the grace period', async () => {
    storage = await testStorages[storeName]!();
    let clock = Date.now();
    server = await startServer({ ...storage.options(), now: () => clock });
    const { port } = server;
    const live = await createBoard(port);
    const away = await createBoard(port);
    const onLive = assetsApi(port, live.roomId, live.links.edit);
    const onAway = assetsApi(port, away.roomId, away.links.edit);

    const shown = await uploadOk(onLive, png());
    const versioned = await uploadOk(onLive, png());
    const orphan = await uploadOk(onLive, png());
    const shared = await uploadOk(onLive, png());
    await uploadOk(onAway, Buffer.from(await (await onLive.download(shared.id)).arrayBuffer()));
    const awayShown = await uploadOk(onAway, png());
    const awayOrphan = await uploadOk(onAway, png());

    // The live board: one image shown, one shown in a named version then deleted.
    const client = connectClient(server.url, live.roomId, new Y.Doc(), { token: live.links.edit });
    clients.push(client);
    await client.synced();
    placeImage(client.doc, '1', shown.id);
    placeImage(client.doc, '2', versioned.id);
    const watcher = connectClient(server.url, live.roomId, new Y.Doc(), { token: live.links.view });
    clients.push(watcher);
    await watcher.synced();
    await waitFor(() => watcher.doc.getMap('shapes').size === 2, 'the shapes to be stored');
    expect((await versionsApi(port, live.roomId, live.links.edit).name('with both')).status).toBe(
      201,
    );
    new BoardDoc(client.doc).deleteShapes(['shape:2' as never]);
    await waitFor(() => watcher.doc.getMap('shapes').size === 1, 'the delete to be stored');

    // The other board is not loaded: its document is read from storage.
    const awayClient = connectClient(server.url, away.roomId, new Y.Doc(), {
      token: away.links.edit,
    });
    await awayClient.synced();
    placeImage(awayClient.doc, '1', awayShown.id);
    placeImage(awayClient.doc, '2', shared.id);
    const awayWatcher = connectClient(server.url, away.roomId, new Y.Doc(), {
      token: away.links.view,
    });
    await waitFor(() => awayWatcher.doc.getMap('shapes').size === 2, 'the other board stored');
    awayWatcher.destroy();
    awayClient.destroy();
    await waitFor(() => !server!.server.rooms.isLoaded(away.roomId), 'the other board to unload');

    // Within the grace period nothing goes, used or not.
    const storedBefore = await server.server.store.assets.stored();
    expect(await server.server.sweepAssets(clock + DAY / 2)).toMatchObject({ disowned: 0 });
    expect(await server.server.store.assets.stored()).toEqual(storedBefore);

    // Two days later a fresh orphan arrives; then the sweep runs.
    clock += 2 * DAY;
    const fresh = await uploadOk(onLive, png());
    const result = await server.server.sweepAssets(clock);
    expect(result).toMatchObject({ disowned: 3, deleted: 2 });

    const status = async (api: typeof onLive, id: string) => (await api.download(id)).status;
    expect(await status(onLive, shown.id)).toBe(200);
    expect(await status(onLive, versioned.id)).toBe(200);
    expect(await status(onLive, fresh.id)).toBe(200);
    expect(await status(onLive, orphan.id)).toBe(404);
    // The live board no longer uses `shared`; the other board does, so the bytes stay.
    expect(await status(onLive, shared.id)).toBe(404);
    expect(await status(onAway, shared.id)).toBe(200);
    expect(await status(onAway, awayShown.id)).toBe(200);
    expect(await status(onAway, awayOrphan.id)).toBe(404);
    expect((await server.server.store.assets.stored()).count).toBe(storedBefore.count + 1 - 2);

    // Once the version is gone too, so is its image; a second sweep finds nothing more.
    await server.server.store.versions.expireVersions(Number.MAX_SAFE_INTEGER);
    const named = await server.server.store.versions.listVersions(live.roomId, 10);
    await server.server.store.versions.deleteVersions(
      live.roomId,
      named.map((version) => version.id),
    );
    expect(await server.server.sweepAssets(clock)).toMatchObject({ disowned: 1, deleted: 1 });
    expect(await status(onLive, versioned.id)).toBe(404);
    expect(await server.server.sweepAssets(clock)).toMatchObject({ disowned: 0, deleted: 0 });
    // An image swept away can be uploaded again, whole.
    const back = await uploadOk(onLive, png(3, 2, { seed: 'again' }));
    expect(await status(onLive, back.id)).toBe(200);
  });

  it('with no grace period, sweeps an unused image at once', async () => {
    storage = await testStorages[storeName]!();
    server = await startServer({ ...storage.options(), assetGraceSeconds: 0 });
    const board = await createBoard(server.port);
    const api = assetsApi(server.port, board.roomId, board.links.edit);
    const unused = await uploadOk(api, png());
    expect(await server.server.sweepAssets()).toMatchObject({ disowned: 1, deleted: 1 });
    expect((await api.download(unused.id)).status).toBe(404);
  });

  it("counts the grace period from the last time a shape placed the image, never granting another board's", async () => {
    storage = await testStorages[storeName]!();
    let clock = Date.now();
    server = await startServer({ ...storage.options(), now: () => clock });
    const { port } = server;
    const { assets } = server.server.store;
    const board = await createBoard(port);
    const other = await createBoard(port);
    const api = assetsApi(port, board.roomId, board.links.edit);
    const old = await uploadOk(api, png());
    const theirs = await uploadOk(assetsApi(port, other.roomId, other.links.edit), png());

    // Two days on, the image is placed again from the local copy (no upload), with a shape
    // naming the other board's image in the same change.
    clock += 2 * DAY;
    const client = connectClient(server.url, board.roomId, new Y.Doc(), {
      token: board.links.edit,
    });
    clients.push(client);
    await client.synced();
    client.doc.transact(() => {
      placeImage(client.doc, '1', old.id);
      placeImage(client.doc, '2', theirs.id);
    });
    await until(async () => (await assets.ownedBefore(board.roomId, clock)).length === 0);
    expect(await assets.ownedAsset(board.roomId, theirs.id)).toBeNull();

    // Deleted a moment later (an undo may bring it back): the sweep keeps it for the grace period.
    new BoardDoc(client.doc).deleteShapes(['shape:1' as never, 'shape:2' as never]);
    const watcher = connectClient(server.url, board.roomId, new Y.Doc(), {
      token: board.links.view,
    });
    clients.push(watcher);
    await watcher.synced();
    expect(watcher.doc.getMap('shapes').size).toBe(0);
    // Nor does the protective version the delete made keep it: only the renewed date does.
    const { versions } = server.server.store;
    const kept = await versions.listVersions(board.roomId, 10);
    expect(kept.length).toBeGreaterThan(0);
    await versions.deleteVersions(
      board.roomId,
      kept.map((version) => version.id),
    );
    // (The other board's image, unused there, goes; this board's stays.)
    expect(await server.server.sweepAssets(clock + 1)).toMatchObject({ disowned: 1 });
    expect((await api.download(old.id)).status).toBe(200);
    // Once the grace period has passed since that placement, it goes.
    expect(await server.server.sweepAssets(clock + 2 * DAY)).toMatchObject({ disowned: 1 });
    expect((await api.download(old.id)).status).toBe(404);
  });
});

/** Polls an asynchronous condition (a database read) until it holds. */
async function until(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  while (!(await condition())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
