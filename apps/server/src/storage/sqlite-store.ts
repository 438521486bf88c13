import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { foldUpdates } from './fold.ts';
import type { LinkKind } from '@sketchroom/board-access';
import type { RoomAccess } from './room-access.ts';
import type { CompactionResult, Fold, RoomLog, Store, StoredUpdate } from './store.ts';

const schema = `
  CREATE TABLE IF NOT EXISTS room_updates (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    room TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_updates_room ON room_updates (room, id);
  CREATE TABLE IF NOT EXISTS room_access (
    room            TEXT PRIMARY KEY,
    edit_generation INTEGER NOT NULL DEFAULT 0,
    view_generation INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
  );
`;

export type SqliteSynchronous = 'normal' | 'full';

interface AccessRow {
  room: string;
  edit_generation: number;
  view_generation: number;
}

const toAccess = (row: AccessRow | undefined): RoomAccess | null =>
  row
    ? { room: row.room, editGeneration: row.edit_generation, viewGeneration: row.view_generation }
    : null;

/** The embedded default: one SQLite file in WAL mode, updates appended as rows. */
export class SqliteStore implements Store {
  readonly name = 'sqlite';
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<[string, Buffer]>;
  private readonly select: Database.Statement<[string], { id: number; data: Buffer }>;
  private readonly deleteUpTo: Database.Statement<[string, number]>;
  private readonly appendBatch: (batch: readonly StoredUpdate[]) => void;
  private readonly compactRoom: (room: string, fold: Fold) => CompactionResult;

  constructor(file: string, options: { synchronous?: SqliteSynchronous } = {}) {
    if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    // NORMAL (WAL): a commit survives a killed or crashed server process; FULL also a power loss.
    this.db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.exec(schema);
    this.insert = this.db.prepare('INSERT INTO room_updates (room, data) VALUES (?, ?)');
    this.select = this.db.prepare('SELECT id, data FROM room_updates WHERE room = ? ORDER BY id');
    this.deleteUpTo = this.db.prepare('DELETE FROM room_updates WHERE room = ? AND id <= ?');
    this.appendBatch = this.db.transaction((batch: readonly StoredUpdate[]) => {
      for (const { room, update } of batch) this.insert.run(room, asBuffer(update));
    });
    this.compactRoom = this.db.transaction((room: string, fold: Fold) => this.foldRows(room, fold));
  }

  async init(): Promise<void> {}

  async ping(): Promise<void> {
    this.db.prepare('SELECT 1').get();
  }

  async load(room: string): Promise<RoomLog> {
    const rows = this.select.all(room);
    let bytes = 0;
    const updates = rows.map(({ data }) => {
      bytes += data.byteLength;
      return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    });
    return { updates, bytes };
  }

  async append(batch: readonly StoredUpdate[]): Promise<void> {
    if (batch.length > 0) this.appendBatch(batch);
  }

  async compact(room: string, fold: Fold = foldUpdates): Promise<CompactionResult> {
    return this.compactRoom(room, fold);
  }

  async readAccess(room: string): Promise<RoomAccess | null> {
    return toAccess(
      this.db.prepare<[string], AccessRow>('SELECT * FROM room_access WHERE room = ?').get(room),
    );
  }

  async createAccess(room: string): Promise<boolean> {
    const result = this.db
      .prepare('INSERT INTO room_access (room, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING')
      .run(room, Date.now());
    return result.changes === 1;
  }

  async rotateLink(room: string, link: LinkKind): Promise<RoomAccess | null> {
    const column = link === 'edit' ? 'edit_generation' : 'view_generation';
    const row = this.db
      .prepare<[string], AccessRow>(
        `UPDATE room_access SET ${column} = ${column} + 1 WHERE room = ? RETURNING *`,
      )
      .get(room);
    return toAccess(row);
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private foldRows(room: string, fold: Fold): CompactionResult {
    const rows = this.select.all(room);
    const bytesBefore = rows.reduce((sum, row) => sum + row.data.byteLength, 0);
    if (rows.length <= 1) {
      return {
        rowsBefore: rows.length,
        rowsAfter: rows.length,
        bytesBefore,
        bytesAfter: bytesBefore,
      };
    }
    const snapshot = fold(rows.map((row) => row.data));
    this.deleteUpTo.run(room, rows[rows.length - 1]!.id);
    this.insert.run(room, asBuffer(snapshot));
    return { rowsBefore: rows.length, rowsAfter: 1, bytesBefore, bytesAfter: snapshot.byteLength };
  }
}

const asBuffer = (bytes: Uint8Array) =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
