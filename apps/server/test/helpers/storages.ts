import { rmSync } from 'node:fs';
import type { ServerOptions } from '../../src/index.ts';
import { PostgresStore } from '../../src/storage/postgres-store.ts';
import { tempDir } from './server.ts';
import { databaseUrl, freshSchema } from './services.ts';

export const testAuthSecret = 'a test secret of more than thirty-two characters';

export interface TestStorage {
  /** Options for a server on this storage; every call opens the same data. */
  options(): ServerOptions;
  dataDir: string;
  cleanup(): Promise<void>;
}

/** Each store a server can run on, with protected boards, for tests that must pass on both. */
export const testStorages: Record<string, () => Promise<TestStorage>> = {
  SQLite: async () => {
    const dataDir = tempDir();
    return {
      dataDir,
      options: () => ({ dataDir, authSecret: testAuthSecret, openRooms: false }),
      cleanup: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  },
  PostgreSQL: async () => {
    const dataDir = tempDir();
    const { schema, drop } = await freshSchema();
    return {
      dataDir,
      options: () => ({
        dataDir,
        authSecret: testAuthSecret,
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
