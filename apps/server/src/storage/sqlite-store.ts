import Database from 'better-sqlite3';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { assetSchema, SqliteAssetStore } from './sqlite-asset-store.ts';
import { accessSchema, SqliteAccessRecords } from './sqlite-access-records.ts';
import { documentSchema, SqliteDocumentLog } from './sqlite-document-log.ts';
import { StoreOfParts } from './store-parts.ts';
import { SqliteVersionStore, versionSchema } from './sqlite-version-store.ts';

export type SqliteSynchronous = 'normal' | 'full';

function openDatabase(file: string, synchronous: SqliteSynchronous): Database.Database {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL (WAL): a commit survives a killed or crashed server process; FULL also a power loss.
  db.pragma(`synchronous = ${synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.exec(documentSchema + accessSchema + versionSchema + assetSchema);
  return db;
}

/** Image files live beside the database file; an in-memory database gets a temporary folder. */
function assetsDirBeside(file: string): string {
  if (file === ':memory:') return mkdtempSync(join(tmpdir(), 'sketchroom-assets-'));
  return join(dirname(file), 'assets');
}

/** The embedded default: one SQLite file in WAL mode, shared by every part of the store. */
export class SqliteStore extends StoreOfParts {
  readonly name = 'sqlite';
  private readonly db: Database.Database;
  private readonly images: SqliteAssetStore;

  constructor(file: string, options: { synchronous?: SqliteSynchronous; assetsDir?: string } = {}) {
    const db = openDatabase(file, options.synchronous ?? 'normal');
    const images = new SqliteAssetStore(db, options.assetsDir ?? assetsDirBeside(file));
    super(
      new SqliteDocumentLog(db),
      new SqliteAccessRecords(db),
      new SqliteVersionStore(db),
      images,
    );
    this.db = db;
    this.images = images;
  }

  /** Before the server listens: no upload is writing a file yet, so any temporary one is left over. */
  async init(): Promise<void> {
    await this.images.removeTemporaryFiles();
  }

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
