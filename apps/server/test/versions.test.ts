// Issue 12: version history through the API, with the stock y-websocket client, on both stores.
import { BoardDoc } from '@sketchroom/board-yjs';
import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ServerOptions } from '../src/index.ts';
import { PostgresStore } from '../src/storage/postgres-store.ts';
import { drawShapes } from './helpers/board-shapes.ts';
import { createBoard } from './helpers/boards.ts';
import { connectClient, waitFor, type Client } from './helpers/clients.ts';
import { startServer, tempDir, type TestServer } from './helpers/server.ts';
import { databaseUrl, freshSchema } from './helpers/services.ts';
import { listVersions, versionsApi, type VersionSummary } from './helpers/versions-api.ts';

const authSecret = 'a test secret of more than thirty-two characters';

interface Storage {
  /** Options for a server on this storage; every call opens the same data. */
  options(): ServerOptions;
  cleanup(): Promise<void>;
}

const storages: Record<string, () => Promise<Storage>> = {
  SQLite: async () => {
    const dataDir = tempDir();
    return {
      options: () => ({ dataDir, authSecret, openRooms: false }),
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
  PostgreSQL: async () => {
    const dataDir = tempDir();
    const { schema, drop } = await freshSchema();
    return {
      options: () => ({
        dataDir,
        authSecret,
        openRooms: false,
        store: new PostgresStore(databaseUrl, { schema }),
      }),
      cleanup: async () => {
        await drop();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  },
};

const shapeCount = (client: Client) => client.doc.getMap('shapes').size;

describe.each(Object.keys(storages))('version history on %s', (storeName) => {
  const open: Array<{ close(): Promise<void> } | Client> = [];
  let storage: Storage | null = null;
  const track = <T extends { close(): Promise<void> } | Client>(thing: T) => (
    open.push(thing),
    thing
  );
  const serve = async () => track(await startServer(storage!.options()));
  const join = async (server: TestServer, room: string, token: string, name?: string) => {
    const client = track(connectClient(server.url, room, new Y.Doc(), { token }));
    if (name) client.provider.awareness.setLocalStateField('user', { name, color: '#e03131' });
    await client.synced();
    return client;
  };

  afterEach(async () => {
    for (const thing of open.splice(0).reverse()) {
      if ('destroy' in thing) thing.destroy();
      else await thing.close();
    }
    await storage?.cleanup();
    storage = null;
  });

  it('restores a named version of 50 shapes after everything was deleted, live and after a restart', async () => {
    storage = await storages[storeName]!();
    const server = await serve();
    const board = await createBoard(server.port);
    const a = await join(server, board.roomId, board.links.edit, 'Ada');
    const b = await join(server, board.roomId, board.links.edit, 'Bo');
    const drawn = drawShapes(a.doc, 50);
    drawn.setTitle('Plan');
    await waitFor(() => shapeCount(b) === 50, 'b to see 50 shapes');
    const expected = drawn.exportJson();

    const api = versionsApi(server.port, board.roomId, board.links.edit);
    const named = await api.name('Before the client meeting');
    expect(named.status).toBe(201);
    const version = (await named.json()) as VersionSummary;
    expect(version).toMatchObject({ kind: 'named', name: 'Before the client meeting', shapes: 50 });
    expect(version.authors).toEqual([{ name: 'Ada', color: '#e03131' }]);
    expect(typeof version.createdAt).toBe('number');

    drawn.deleteShapes(drawn.allShapes().map((shape) => shape.id));
    await waitFor(() => shapeCount(b) === 0, 'b to see the board emptied');

    const restored = await api.restore(version.id);
    expect(restored.status).toBe(200);
    const body = (await restored.json()) as { version: VersionSummary; protective: VersionSummary };
    expect(body.version).toMatchObject({ kind: 'restore', shapes: 50 });
    expect(body.protective).toMatchObject({ kind: 'protective', shapes: 0 });
    for (const client of [a, b]) {
      await waitFor(() => shapeCount(client) === 50, 'every client to see the 50 shapes again');
      expect(new BoardDoc(client.doc).exportJson()).toEqual(expected);
      expect(new BoardDoc(client.doc).getTitle()).toBe('Plan');
    }
    const kinds = (await listVersions(api)).map((v) => v.kind);
    expect(kinds.slice(0, 2)).toEqual(['restore', 'protective']);
    expect(kinds).toContain('named');

    // The version in the app's JSON format.
    const exported = await api.get(version.id);
    expect(exported.status).toBe(200);
    expect(await exported.json()).toEqual({ ...expected, title: 'Plan' });

    // After a restart, a fresh client gets the restored board from storage.
    a.destroy();
    b.destroy();
    await server.close();
    const again = await serve();
    const fresh = await join(again, board.roomId, board.links.view);
    expect(shapeCount(fresh)).toBe(50);
    expect(new BoardDoc(fresh.doc).exportJson()).toEqual(expected);
  });

  it('takes a protective version before a plain Yjs client deletes most shapes, and restoring it brings them back', async () => {
    storage = await storages[storeName]!();
    const server = await serve();
    const board = await createBoard(server.port);
    const artist = await join(server, board.roomId, board.links.edit, 'Ada');
    drawShapes(artist.doc, 60);
    const plain = await join(server, board.roomId, board.links.edit);
    await waitFor(() => shapeCount(plain) === 60, 'the plain client to see 60 shapes');
    const api = versionsApi(server.port, board.roomId, board.links.view);
    expect(await listVersions(api)).toEqual([]);

    // No BoardDoc here: the plain Yjs API, as any program could.
    const shapes = plain.doc.getMap('shapes');
    plain.doc.transact(() => [...shapes.keys()].slice(0, 40).forEach((id) => shapes.delete(id)));
    await waitFor(() => shapeCount(artist) === 20, 'the delete to reach everyone');

    const [protective] = await listVersions(api);
    expect(protective).toMatchObject({ kind: 'protective', shapes: 60 });
    expect(protective!.authors).toEqual([{ name: 'Ada', color: '#e03131' }]);
    const editor = versionsApi(server.port, board.roomId, board.links.edit);
    expect((await editor.restore(protective!.id)).status).toBe(200);
    await waitFor(() => shapeCount(artist) === 60 && shapeCount(plain) === 60, 'shapes back');
  });

  it('takes no protective version for deleting a few shapes', async () => {
    storage = await storages[storeName]!();
    const server = await serve();
    const board = await createBoard(server.port);
    const artist = await join(server, board.roomId, board.links.edit, 'Ada');
    const drawn = drawShapes(artist.doc, 10);
    drawn.deleteShapes(
      drawn
        .allShapes()
        .slice(0, 5)
        .map((shape) => shape.id),
    );
    // A named version afterwards is written after anything the delete caused.
    const api = versionsApi(server.port, board.roomId, board.links.edit);
    expect((await api.name('after')).status).toBe(201);
    expect((await listVersions(api)).map((v) => v.kind)).toEqual(['named']);
  });
});
