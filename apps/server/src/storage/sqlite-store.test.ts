import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteStore } from './sqlite-store.ts';
import { describeStoreContract } from './store-contract.ts';

describeStoreContract('SQLite', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'sketchroom-store-'));
  return {
    store: new SqliteStore(join(dir, 'test.db')),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
});
