import { join } from 'node:path';
import { PostgresStore } from './postgres-store.ts';
import { SqliteStore, type SqliteSynchronous } from './sqlite-store.ts';
import type { Store } from './store.ts';

/** PostgreSQL when DATABASE_URL is set, otherwise the embedded SQLite file in the data directory. */
export function createStore(
  databaseUrl: string | undefined,
  dataDir: string,
  synchronous: SqliteSynchronous,
): Store {
  if (databaseUrl) return new PostgresStore(databaseUrl);
  return new SqliteStore(join(dataDir, 'sketchroom.db'), {
    synchronous,
    assetsDir: join(dataDir, 'assets'),
  });
}
