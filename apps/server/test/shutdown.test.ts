import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer } from './helpers/child-server.ts';
import { connectSynced, waitFor, type Client } from './helpers/clients.ts';
import { storedRows } from './helpers/rows.ts';
import { tempDir } from './helpers/server.ts';

const clients: Client[] = [];
const dirs: string[] = [];
afterEach(() => {
  clients.splice(0).forEach((client) => client.destroy());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

describe('SIGTERM (R11)', () => {
  it('closes sockets with 1001, stores and compacts every room, and exits 0', async () => {
    const dataDir = tempDir();
    dirs.push(dataDir);
    const server = await startChildServer({ DATA_DIR: dataDir, UNLOAD_DELAY_MS: '600000' });
    const writer = await connectSynced(server.url, 'busy');
    clients.push(writer);
    const closeCodes: number[] = [];
    writer.provider.ws!.addEventListener('close', (event) => closeCodes.push(event.code));
    for (let i = 0; i < 50; i++) {
      writer.doc.getArray('list').push([i]);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await waitFor(() => storedRows(dataDir, 'busy') >= 2, 'rows stored');
    writer.provider.shouldConnect = false;

    server.process.kill('SIGTERM');
    const exit = await server.exited;
    expect(exit.code).toBe(0);
    expect(closeCodes).toEqual([1001]);
    expect(server.lines.some((line) => line.includes('"server stopped"'))).toBe(true);
    // The room was flushed and folded on the way out.
    expect(storedRows(dataDir, 'busy')).toBe(1);
  });

  it('refuses to start on bad configuration with one clear line', async () => {
    await expect(startChildServer({ MAX_MESSAGE_BYTES: 'lots' })).rejects.toThrow(
      /invalid configuration: MAX_MESSAGE_BYTES must be a whole number/,
    );
  });
});
