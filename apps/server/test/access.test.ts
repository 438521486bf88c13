import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { boardApi, createBoard } from './helpers/boards.ts';
import { makeUpdate, openRawSocket, updateMessage } from './helpers/raw-socket.ts';
import { startServer, tempDir, withServer } from './helpers/server.ts';
import { upgradeStatus } from './helpers/upgrade.ts';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
afterEach(() => clients.splice(0).forEach((client) => client.destroy()));

const protectedRooms = { openRooms: false };

describe('board links (roles enforced by the server)', () => {
  it('creates a protected board: no token or a bad token gets 401, its links get 101', () =>
    withServer(protectedRooms, async ({ port }) => {
      const board = await createBoard(port);
      expect(board.roomId).toMatch(/^[\w-]{20,}$/);
      const path = (token?: string) => `/${board.roomId}${token ? `?token=${token}` : ''}`;
      expect(await upgradeStatus(port, path())).toBe(401);
      expect(await upgradeStatus(port, path('not-a-token'))).toBe(401);
      const other = await createBoard(port);
      expect(await upgradeStatus(port, path(other.links.edit))).toBe(401);
      expect(await upgradeStatus(port, path(board.links.edit))).toBe(101);
      expect(await upgradeStatus(port, path(board.links.view))).toBe(101);
      expect(await upgradeStatus(port, path(board.ownerToken))).toBe(101);
      // Without OPEN_ROOMS a room nobody created is closed too.
      expect(await upgradeStatus(port, '/made-up-room')).toBe(401);
    }));

  it('lets a viewer sync down and show presence, and drops its writes', () =>
    withServer(protectedRooms, async ({ port, url, server }) => {
      const board = await createBoard(port);
      const editor = track(await connectSynced(url, board.roomId, { token: board.links.edit }));
      editor.doc.getMap('data').set('shape', 'circle');
      const viewer = track(await connectSynced(url, board.roomId, { token: board.links.view }));
      await waitFor(
        () => viewer.doc.getMap('data').get('shape') === 'circle',
        'viewer to sync down',
      );

      editor.doc.getMap('data').set('live', 'yes');
      await waitFor(
        () => viewer.doc.getMap('data').get('live') === 'yes',
        'viewer to see edits live',
      );

      viewer.provider.awareness.setLocalState({ user: { name: 'Viewer' }, cursor: { x: 5, y: 6 } });
      await waitFor(
        () => editor.provider.awareness.getStates().get(viewer.doc.clientID)?.cursor?.x === 5,
        "the viewer's cursor at the editor",
      );

      viewer.doc.getMap('data').set('shape', 'vandalised');
      const raw = await openRawSocket(url, board.roomId, board.links.view);
      raw.send(updateMessage(makeUpdate('raw', 'write')));
      const room = () => server.rooms.get(board.roomId)!;
      await waitFor(() => room().droppedUpdates >= 2, 'both writes to be dropped');
      editor.doc.getMap('data').set('after', 1);
      await waitFor(() => viewer.doc.getMap('data').get('after') === 1, 'a later edit');
      expect(editor.doc.getMap('data').get('shape')).toBe('circle');
      expect(room().doc.getMap('data').has('raw')).toBe(false);
      expect(room().doc.getMap('data').get('shape')).toBe('circle');
      expect(raw.ws.readyState).toBe(raw.ws.OPEN);
      raw.ws.close();
    }));

  it('rotating a link closes connections on the old token, which then gets 401', () =>
    withServer(protectedRooms, async ({ port, url, logs }) => {
      const board = await createBoard(port);
      const api = boardApi(port, board.roomId, board.ownerToken);
      const oldEditor = track(
        connectClient(url, board.roomId, undefined, { token: board.links.edit }),
      );
      const viewer = track(
        connectClient(url, board.roomId, undefined, { token: board.links.view }),
      );
      await Promise.all([oldEditor.synced(), viewer.synced()]);
      const closes: Array<{ code: number; reason: string }> = [];
      oldEditor.provider.on(
        'connection-close',
        (event: { code: number; reason: string } | null) => {
          if (event) closes.push({ code: event.code, reason: event.reason });
        },
      );

      const rotated = await api.rotate('edit');
      expect(rotated.status).toBe(200);
      const links = (await rotated.json()) as { edit: string; view: string };
      expect(links.edit).not.toBe(board.links.edit);
      expect(links.view).toBe(board.links.view);
      await waitFor(() => closes.length > 0, 'the old editor to be closed');
      expect(closes[0]).toEqual({ code: 4403, reason: 'link revoked' });
      expect(await upgradeStatus(port, `/${board.roomId}?token=${board.links.edit}`)).toBe(401);
      expect(await upgradeStatus(port, `/${board.roomId}?token=${links.edit}`)).toBe(101);
      expect(viewer.provider.wsconnected).toBe(true);

      // Only the owner rotates; a viewer learns only the view link.
      expect((await boardApi(port, board.roomId, links.edit).rotate('view')).status).toBe(403);
      expect((await boardApi(port, board.roomId, 'junk').links()).status).toBe(401);
      expect(await (await boardApi(port, board.roomId, links.view).links()).json()).toEqual({
        view: links.view,
      });
      expect(await (await api.links()).json()).toEqual(links);

      // Tokens never reach the logs.
      const logged = JSON.stringify(logs);
      for (const token of [board.ownerToken, board.links.edit, board.links.view, links.edit]) {
        expect(logged).not.toContain(token);
      }
    }));

  it('keeps links valid across a restart (the generated secret is stored)', async () => {
    const dataDir = tempDir();
    const first = await startServer({ ...protectedRooms, dataDir });
    const board = await createBoard(first.port);
    await first.close();
    await withServer({ ...protectedRooms, dataDir }, async ({ port }) => {
      expect(await upgradeStatus(port, `/${board.roomId}?token=${board.links.edit}`)).toBe(101);
    });
  });

  it('admits anyone to rooms nobody created when OPEN_ROOMS is on, but keeps created boards closed', () =>
    withServer({ openRooms: true }, async ({ port }) => {
      expect(await upgradeStatus(port, '/any-room')).toBe(101);
      const board = await createBoard(port);
      expect(await upgradeStatus(port, `/${board.roomId}`)).toBe(401);
    }));
});
