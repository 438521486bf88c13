// Who may read and change a board's history, and what hostile requests get.
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { drawShapes } from './helpers/board-shapes.ts';
import { createBoard } from './helpers/boards.ts';
import { connectClient, waitFor, type Client } from './helpers/clients.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { listVersions, versionsApi, type VersionSummary } from './helpers/versions-api.ts';

describe('versions API access and bounds', () => {
  let server: TestServer | null = null;
  let client: Client | null = null;
  afterEach(async () => {
    client?.destroy();
    client = null;
    await server?.close();
    server = null;
  });

  /** A protected board with 5 shapes and one named version. */
  async function boardWithVersion(options = {}) {
    server = await startServer({ openRooms: false, ...options });
    const board = await createBoard(server.port);
    client = connectClient(server.url, board.roomId, new Y.Doc(), { token: board.links.edit });
    await client.synced();
    drawShapes(client.doc, 5);
    const editor = versionsApi(server.port, board.roomId, board.links.edit);
    const response = await editor.name('Draft');
    expect(response.status).toBe(201);
    const version = (await response.json()) as VersionSummary;
    return {
      board,
      version,
      api: (token: string | null) => versionsApi(server!.port, board.roomId, token),
    };
  }

  it('answers 401 without a valid token for this board', async () => {
    const { board, version, api } = await boardWithVersion();
    const other = await createBoard(server!.port);
    for (const token of [null, 'not-a-token', other.ownerToken, other.links.edit]) {
      expect((await api(token).list()).status).toBe(401);
      expect((await api(token).get(version.id)).status).toBe(401);
      expect((await api(token).name('x')).status).toBe(401);
      expect((await api(token).restore(version.id)).status).toBe(401);
    }
    expect((await api(board.ownerToken).list()).status).toBe(200);
  });

  it('lets viewers list and read but not name or restore (403), until the owner hides history', async () => {
    const { board, version, api } = await boardWithVersion();
    const viewer = api(board.links.view);
    expect((await listVersions(viewer)).map((v) => v.id)).toEqual([version.id]);
    expect((await viewer.get(version.id)).status).toBe(200);
    expect((await viewer.name('mine')).status).toBe(403);
    expect((await viewer.restore(version.id)).status).toBe(403);
    expect(await listVersions(api(board.links.edit))).toHaveLength(1);

    // Only the owner changes the setting.
    expect((await viewer.setHistoryForViewers(false)).status).toBe(403);
    expect((await api(board.links.edit).setHistoryForViewers(false)).status).toBe(403);
    const hidden = await api(board.ownerToken).setHistoryForViewers(false);
    expect(hidden.status).toBe(200);
    expect(await hidden.json()).toEqual({ historyForViewers: false });
    expect((await viewer.list()).status).toBe(403);
    expect((await viewer.get(version.id)).status).toBe(403);
    // Editors still see it; the list says what the setting is.
    const editorList = await api(board.links.edit).list();
    expect(await editorList.json()).toMatchObject({ historyForViewers: false });
    expect((await api(board.ownerToken).setHistoryForViewers('no')).status).toBe(400);
  });

  it('refuses hostile input with 400, 404, 405 and 413, and changes nothing', async () => {
    const { board, version, api } = await boardWithVersion();
    const editor = api(board.links.edit);
    expect((await editor.name('x'.repeat(101))).status).toBe(400);
    expect((await editor.name('   ')).status).toBe(400);
    expect((await editor.name('tab\tname')).status).toBe(400);
    expect((await editor.name(42)).status).toBe(400);
    expect((await editor.send('', 'POST', '{"name": ')).status).toBe(400);
    expect((await editor.send('', 'POST', 'null')).status).toBe(400);
    const huge = JSON.stringify({ name: 'x'.repeat(1_000_000) });
    expect((await editor.send('', 'POST', huge)).status).toBe(413);
    for (const id of ['x:y', 'a'.repeat(65), 'bad%20id', 'bad.id']) {
      expect((await editor.get(id)).status).toBe(400);
      expect((await editor.restore(id)).status).toBe(400);
    }
    expect((await editor.get('%E0%A4%A')).status).toBe(400);
    expect((await editor.get('unknownVersion1')).status).toBe(404);
    expect((await editor.restore('unknownVersion1')).status).toBe(404);
    expect((await editor.send(`/${version.id}`, 'DELETE')).status).toBe(405);
    expect((await editor.send('', 'PUT', '{}')).status).toBe(405);
    expect((await listVersions(editor)).map((v) => v.id)).toEqual([version.id]);
  });

  it('limits requests that cost a document per address, and serves repeated reads from a cache', async () => {
    const { board, version, api } = await boardWithVersion({ versionRequestsPerMinute: 3 });
    const editor = api(board.links.edit);
    // The name above took one; two more builds are allowed.
    expect((await editor.get(version.id)).status).toBe(200);
    expect((await editor.name('second')).status).toBe(201);
    expect((await editor.name('third')).status).toBe(429);
    expect((await editor.restore(version.id)).status).toBe(429);
    // The version already built is served again without building.
    expect((await editor.get(version.id)).status).toBe(200);
    // Listing costs no document and is not limited by this.
    expect((await editor.list()).status).toBe(200);
    await waitFor(() => client!.doc.getMap('shapes').size === 5, 'the board to stay as it was');
  });
});
