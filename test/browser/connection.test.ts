import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBoard, startAppServer, type AppServer } from './support/app-server.ts';
import { BoardDriver, eventually } from './support/board-driver.ts';
import { launchBrowser, newPerson, screenshot } from './support/browser.ts';

describe('connection status and offline work', () => {
  let app: AppServer;
  let browser: Browser;

  beforeAll(async () => {
    app = await startAppServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('goes offline with the network and syncs edits made meanwhile', async () => {
    const alice = await newPerson(browser, { name: 'Alice Adams' });
    const bob = await newPerson(browser, { name: 'Bob Brown' });
    const { editUrl } = await createBoard(app);
    const aliceBoard = await BoardDriver.open(alice.page, editUrl);
    const bobBoard = await BoardDriver.open(bob.page, editUrl);
    expect(await aliceBoard.statusLabel()).toBe('Connected');

    await alice.context.setOffline(true);
    await aliceBoard.expectStatus('offline');
    expect(await aliceBoard.statusLabel()).toBe('Offline');
    await screenshot(alice.page, 'board-offline-light');

    await aliceBoard.rename('Written offline');
    await bob.page.waitForTimeout(300);
    expect(await bobBoard.title()).toBe('');

    await alice.context.setOffline(false);
    await aliceBoard.expectStatus('connected');
    await eventually(() => bobBoard.title()).toBe('Written offline');
    await eventually(() => bobBoard.peopleCount()).toBe(2);
    await alice.context.close();
    await bob.context.close();
  });

  it('keeps edits across a reload while the sync server is unreachable', async () => {
    const alice = await newPerson(browser);
    const bob = await newPerson(browser);
    const { roomId, editUrl } = await createBoard(app);
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
    await alice.context.close();
    await bob.context.close();
  });

  it('reloads with no network at all and merges what was drawn meanwhile', async () => {
    const alice = await newPerson(browser);
    const bob = await newPerson(browser);
    const { editUrl } = await createBoard(app);
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
    await alice.context.close();
    await bob.context.close();
  });

  it('says offline when the server goes away', async () => {
    const ownApp = await startAppServer();
    const person = await newPerson(browser);
    const { editUrl } = await createBoard(ownApp);
    const board = await BoardDriver.open(person.page, editUrl);
    await ownApp.close();
    await board.expectStatus('offline');
    await person.context.close();
  });
});
