import { describe, expect, it } from 'vitest';
import { createBoard, startAppServer } from '../support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { screenshot } from './support/browser.ts';
import { connectPlainClient } from '../support/plain-client.ts';
import { withApp } from './support/with-app.ts';

describe('connection status and offline work', () => {
  const fixture = withApp();

  it('goes offline with the network and syncs edits made meanwhile', async () => {
    const alice = await fixture.person({ name: 'Alice Adams' });
    const bob = await fixture.person({ name: 'Bob Brown' });
    const board = await createBoard(fixture.app);
    const aliceBoard = await BoardDriver.open(alice.page, board.editUrl);
    const bobBoard = await BoardDriver.open(bob.page, board.editUrl);
    expect(await aliceBoard.statusLabel()).toBe('Connected');

    await alice.context.setOffline(true);
    await aliceBoard.expectStatus('offline');
    expect(await aliceBoard.statusLabel()).toBe('Offline');
    await screenshot(alice.page, 'board-offline-light');

    const saved = await aliceBoard.savedUpdateCount();
    await aliceBoard.rename('Written offline');
    // Alice's browser has taken the edit (it is in her saved copy); the server has not.
    await eventually(() => aliceBoard.savedUpdateCount()).toBeGreaterThan(saved);
    const reader = await connectPlainClient(fixture.app.url, board.roomId, board.editToken);
    expect(reader.doc.getMap('meta').get('title') ?? '').toBe('');
    reader.close();
    expect(await bobBoard.title()).toBe('');

    await alice.context.setOffline(false);
    await aliceBoard.expectStatus('connected');
    await eventually(() => bobBoard.title()).toBe('Written offline');
    await eventually(() => bobBoard.peopleCount()).toBe(2);
  });

  it('keeps edits across a reload while the sync server is unreachable', async () => {
    const alice = await fixture.person();
    const bob = await fixture.person();
    const { roomId, editUrl } = await createBoard(fixture.app);
    const aliceBoard = await BoardDriver.open(alice.page, editUrl);
    const bobBoard = await BoardDriver.open(bob.page, editUrl);

    // Pages still load, but every WebSocket to the room is refused.
    let blocked = true;
    await alice.context.routeWebSocket(new RegExp(`/${roomId}\\?`), (socket) => {
      if (blocked) socket.close();
      else socket.connectToServer();
    });
    await alice.page.reload();
    await aliceBoard.expectStatus('offline');
    const saved = await aliceBoard.savedUpdateCount();
    await aliceBoard.rename('Survives reload');
    // Reload only once the edit is on disk, as a person would a moment later.
    await eventually(() => aliceBoard.savedUpdateCount()).toBeGreaterThan(saved);
    await alice.page.reload();
    await aliceBoard.expectStatus('offline');
    await eventually(() => aliceBoard.title()).toBe('Survives reload');
    expect(await bobBoard.title()).toBe('');

    blocked = false;
    await aliceBoard.expectStatus('connected');
    await eventually(() => bobBoard.title()).toBe('Survives reload');
  });

  it('reloads with no network at all and merges what was drawn meanwhile', async () => {
    const alice = await fixture.person();
    const bob = await fixture.person();
    const { editUrl } = await createBoard(fixture.app);
    const aliceBoard = await BoardDriver.open(alice.page, editUrl);
    const bobBoard = await BoardDriver.open(bob.page, editUrl);
    await aliceBoard.offlineShellReady();

    await alice.context.setOffline(true);
    await aliceBoard.expectStatus('offline');
    const saved = await aliceBoard.savedUpdateCount();
    await aliceBoard.rename('Planned on a train');
    await eventually(() => aliceBoard.savedUpdateCount()).toBeGreaterThan(saved);
    // The service worker serves the app; IndexedDB brings back the board.
    await alice.page.reload();
    await aliceBoard.expectStatus('offline');
    await eventually(() => aliceBoard.title()).toBe('Planned on a train');
    await screenshot(alice.page, 'board-offline-reloaded-light');

    await alice.context.setOffline(false);
    await aliceBoard.expectStatus('connected');
    await eventually(() => bobBoard.title()).toBe('Planned on a train');
  });

  it('says offline when the server goes away', async () => {
    const ownApp = await startAppServer();
    const person = await fixture.person();
    const { editUrl } = await createBoard(ownApp);
    const board = await BoardDriver.open(person.page, editUrl);
    await ownApp.close();
    await board.expectStatus('offline');
  });
});
