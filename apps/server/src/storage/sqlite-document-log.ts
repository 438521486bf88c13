import type Database from 'better-sqlite3';
import { foldUpdates } from './fold.ts';
import type { CompactionResult, DocumentLog, Fold, RoomLog, StoredUpdate } from './store.ts';

export const documentSchema = `
  CREATE TABLE IF NOT EXISTS room_updates (
    id   INTEGER PRIMARY KEY AUTOINCREMENT,
    room TEXT NOT NULL,
    data BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_updates_room ON room_updates (room, id);
`;

/** Each room's updates as rows of the SQLite file; compaction folds them into one. */
export class SqliteDocumentLog implements DocumentLog {
  private readonly insert: Database.Statement<[string, Buffer]>;
  private readonly select: Database.Statement<[string], { id: number; data: Buffer }>;
  private readonly deleteUpTo: Database.Statement<[string, number]>;
  private readonly appendBatch: (batch: readonly StoredUpdate[]) => void;
  private readonly compactRoom: (room: string, fold: Fold) => CompactionResult;

  constructor(db: Database.Database) {
    this.insert = db.prepare('INSERT INTO room_updates (room, data) VALUES (?, ?)');
    this.select = db.prepare('SELECT id, data FROM room_updates WHERE room = ? ORDER BY id');
    this.deleteUpTo = db.prepare('DELETE FROM room_updates WHERE room = ? AND id <= ?');
    this.appendBatch = db.transaction((batch: readonly StoredUpdate[]) => {
      for (const { room, update } of batch) this.insert.run(room, asBuffer(update));
    });
    this.compactRoom = db.transaction((room: string, fold: Fold) => this.foldRows(room, fold));
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
