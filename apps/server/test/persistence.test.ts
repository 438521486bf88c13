import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer } from './helpers/child-server.ts';
import { connectSynced, contentOf, waitFor, type Client } from './helpers/clients.ts';
import { startServer, tempDir, withServer } from './helpers/server.ts';

const clients: Client[] = [];
const track = (client: Client) => (clients.push(client), client);
const dirs: string[] = [];
afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('persistence', () => {
  it('keeps every room across a clean restart on the same data directory', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const first = await startServer({ dataDir });
    const writer = track(await connectSynced(first.url, 'kept'));
    writer.doc.getMap('data').set('title', 'Roadmap');
    writer.doc.getArray('list').insert(0, [1, 2, 3]);
    writer.doc.getText('text').insert(0, 'notes');
    const expected = contentOf(writer.doc);
    const observer = track(await connectSynced(first.url, 'kept'));
    await waitFor(() => observer.doc.getText('text').toString() === 'notes', 'observer');
    writer.destroy();
    observer.destroy();
    await first.close();

    await withServer({ dataDir }, async ({ url }) => {
      const reader = track(await connectSynced(url, 'kept'));
      await waitFor(() => reader.doc.getText('text').toString() === 'notes', 'restored state');
      expect(contentOf(reader.doc)).toEqual(expected);
    });
  });

  it('loses nothing a client has seen when the process is killed with SIGKILL (R4)', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const doomed = await startChildServer({ DATA_DIR: dataDir });
    const writer = track(await connectSynced(doomed.url, 'crash'));
    const observer = track(await connectSynced(doomed.url, 'crash'));
    const list = writer.doc.getArray<number>('list');
    for (let i = 0; i < 200; i++) list.push([i]);
    writer.doc.getText('text').insert(0, 'x'.repeat(1000));
    // The moment another client has seen the last edit, the server dies without warning.
    await waitFor(
      () =>
        observer.doc.getArray('list').length === 200 &&
        observer.doc.getText('text').length === 1000,
      'observer',
    );
    doomed.process.kill('SIGKILL');
    const exit = await doomed.exited;
    expect(exit.signal).toBe('SIGKILL');
    const seen = contentOf(observer.doc);
    writer.provider.shouldConnect = false;
    observer.provider.shouldConnect = false;

    const revived = await startChildServer({ DATA_DIR: dataDir });
    try {
      const reader = track(await connectSynced(revived.url, 'crash'));
      await waitFor(() => reader.doc.getArray('list').length === 200, 'state after the crash');
      expect(contentOf(reader.doc)).toEqual(seen);
    } finally {
      revived.process.kill('SIGTERM');
      await revived.exited;
    }
  });
});
