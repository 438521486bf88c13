import pg from 'pg';
import { accessSchema, PostgresAccessRecords } from './postgres-access-records.ts';
import { assetSchema, PostgresAssetStore } from './postgres-asset-store.ts';
import { documentSchema, PostgresDocumentLog } from './postgres-document-log.ts';
import { StoreOfParts } from './store-parts.ts';
import { PostgresVersionStore, versionSchema } from './postgres-version-store.ts';

// Same table shapes as SQLite. `schema_version` lets later releases migrate in place; version 2
// added the version history tables, version 3 the image tables (each created if missing, so an
// older database upgrades as it starts).
const schema = `
  CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
  ${documentSchema}
  ${accessSchema}
  ${versionSchema}
  ${assetSchema}
  INSERT INTO schema_version (version) SELECT 3 WHERE NOT EXISTS (SELECT 1 FROM schema_version);
  UPDATE schema_version SET version = 3 WHERE version < 3;
`;

function openPool(connectionString: string, schemaName?: string): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schemaName ? { options: `-c search_path=${schemaName}` } : {}),
  });
  // An idle client that loses its connection must not crash the process.
  pool.on('error', () => undefined);
  return pool;
}

/** Rooms in PostgreSQL, for several instances sharing one database; one pool for every part. */
export class PostgresStore extends StoreOfParts {
  readonly name = 'postgres';
  private readonly pool: pg.Pool;

  constructor(connectionString: string, options: { schema?: string } = {}) {
    const pool = openPool(connectionString, options.schema);
    super(
      new PostgresDocumentLog(pool),
      new PostgresAccessRecords(pool),
      new PostgresVersionStore(pool),
      new PostgresAssetStore(pool),
    );
    this.pool = pool;
  }

  async init(): Promise<void> {
    // Several instances may start at once; the lock keeps the DDL from racing.
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT pg_advisory_xact_lock(hashtext('sketchroom:schema'))");
      await client.query(schema);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
