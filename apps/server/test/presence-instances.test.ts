import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createBoard } from './helpers/boards.ts';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { startCluster, type Cluster } from './helpers/instances.ts';
import { awarenessEntries, awarenessQuery } from './helpers/presence-frames.ts';
import { openRawSocket, type RawSocket } from './helpers/raw-socket.ts';
import type { TestServer } from './helpers/server.ts';
import { assertRedisReachable, redisUrl } from './helpers/services.ts';

// Issue 9, finding 8: a viewer on one instance must not rename or remove a person connected
// to another instance. Ownership of awareness ids holds across instances.

interface PresenceState {
  user?: { name?: string };
  cursor?: { x: number };
  mark?: number;
}

const stateOf = (client: Client, id: number) =>
  client.provider.awareness.getStates().get(id) as PresenceState | undefined;

/** Everything a watcher ever showed for one person: their names, and whether they vanished. */
function recordSightings(watcher: Client, id: number): string[] {
  const seen: string[] = [];
  watcher.provider.awareness.on(
    'change',
    ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      if (removed.includes(id)) seen.push('(removed)');
      if (added.includes(id) || updated.includes(id))
        seen.push(stateOf(watcher, id)?.user?.name ?? '(nameless)');
    },
  );
  return seen;
}

/** Resolves once the server has handled everything the socket sent before (it answers in order). */
async function handledSoFar(socket: RawSocket): Promise<void> {
  const presenceFrames = () => socket.frames.filter((frame) => frame[0] === 1).length;
  const before = presenceFrames();
  socket.send(awarenessQuery());
  await waitFor(() => presenceFrames() > before, 'the presence query to be answered');
}

describe('presence across instances', () => {
  let cluster: Cluster;
  let a: TestServer;
  let b: TestServer;
  const clients: Client[] = [];
  const sockets: RawSocket[] = [];
  const track = (client: Client) => (clients.push(client), client);

  beforeAll(async () => {
    await assertRedisReachable();
    cluster = await startCluster(2, redisUrl, { openRooms: false });
    [a, b] = cluster.instances as [TestServer, TestServer];
  }, 30_000);

  afterEach(() => {
    clients.splice(0).forEach((client) => client.destroy());
    sockets.splice(0).forEach((socket) => socket.ws.terminate());
  });

  afterAll(() => cluster?.close(), 30_000);

  /** An editor on B, a watcher on each instance that sees them, and a viewer's raw socket on A. */
  async function setting() {
    const board = await createBoard(a.port);
    const editor = track(await connectSynced(b.url, board.roomId, { token: board.links.edit }));
    const id = editor.doc.clientID;
    const view = { token: board.links.view };
    const watcherOnA = track(await connectSynced(a.url, board.roomId, view));
    const watcherOnB = track(await connectSynced(b.url, board.roomId, view));
    // Set once everyone is there: presence crosses instances as it changes.
    editor.provider.awareness.setLocalState({ user: { name: 'Editor' }, cursor: { x: 0 } });
    for (const watcher of [watcherOnA, watcherOnB]) {
      await waitFor(() => stateOf(watcher, id)?.user?.name === 'Editor', 'the editor everywhere');
    }
    const spoofer = await openRawSocket(a.url, board.roomId, board.links.view);
    sockets.push(spoofer);
    const sightings = [recordSightings(watcherOnA, id), recordSightings(watcherOnB, id)];
    return { editor, id, watchers: [watcherOnA, watcherOnB], spoofer, sightings };
  }

  /**
   * Waits until whatever the spoof did has reached both instances, then for a later honest
   * move of the editor to reach both watchers.
   */
  async function afterSpoofAndHonestMove(scene: Awaited<ReturnType<typeof setting>>) {
    const [watcherOnA, watcherOnB] = scene.watchers as [Client, Client];
    await handledSoFar(scene.spoofer);
    // A presence change made on A after the spoof reaches B after anything the spoof sent B.
    watcherOnA.provider.awareness.setLocalState({ user: { name: 'Watcher' }, mark: 1 });
    await waitFor(
      () => stateOf(watcherOnB, watcherOnA.doc.clientID)?.mark === 1,
      'presence from A on B',
    );
    scene.editor.provider.awareness.setLocalStateField('cursor', { x: 7 });
    for (const watcher of scene.watchers) {
      await waitFor(() => stateOf(watcher, scene.id)?.cursor?.x === 7, "the editor's later move");
    }
  }

  it('a viewer on A cannot rename an editor connected to B', async () => {
    const scene = await setting();
    scene.spoofer.send(awarenessEntries([[scene.id, 1_000, { user: { name: 'Mallory' } }]]));
    await afterSpoofAndHonestMove(scene);
    for (const watcher of scene.watchers) {
      expect(stateOf(watcher, scene.id)?.user?.name).toBe('Editor');
    }
    // Nobody ever saw the false name, not even for a moment.
    expect(scene.sightings).toEqual([['Editor'], ['Editor']]);
    expect(stateOf(scene.editor, scene.id)?.user?.name).toBe('Editor');
    expect(scene.editor.provider.wsconnected).toBe(true);
  });

  it('a viewer on A cannot remove an editor connected to B', async () => {
    const scene = await setting();
    scene.spoofer.send(awarenessEntries([[scene.id, 1_001, null]]));
    await afterSpoofAndHonestMove(scene);
    for (const watcher of scene.watchers) {
      expect(stateOf(watcher, scene.id)?.user?.name).toBe('Editor');
    }
    // The editor never vanished from anyone's screen.
    expect(scene.sightings).toEqual([['Editor'], ['Editor']]);
    expect(scene.editor.provider.wsconnected).toBe(true);
  });
});
