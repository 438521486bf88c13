import type pg from 'pg';
import { foldUpdates } from './fold.ts';
import type { CompactionResult, DocumentLog, Fold, RoomLog, StoredUpdate } from './store.ts';

export const documentSchema = `
  CREATE TABLE IF NOT EXISTS room_updates (
    id   BIGSERIAL PRIMARY KEY,
    room TEXT NOT NULL,
    data BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_updates_room ON room_updates (room, id);
`;

const asBytes = (data: Buffer) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** Each room's updates as rows in PostgreSQL, shared by every instance. */
export class PostgresDocumentLog implements DocumentLog {
  constructor(private readonly pool: pg.Pool) {}

  async load(room: string): Promise<RoomLog> {
    const { rows } = await this.pool.query<{ data: Buffer }>(
      'SELECT data FROM room_updates WHERE room = $1 ORDER BY id',
      [room],
    );
    return {
      updates: rows.map((row) => asBytes(row.data)),
      bytes: rows.reduce((sum, row) => sum + row.data.byteLength, 0),
    };
  }

  /** One statement, so one transaction, for the whole batch. */
  async append(batch: readonly StoredUpdate[]): Promise<void> {
    if (batch.length === 0) return;
    await this.pool.query(
      'INSERT INTO room_updates (room, data) SELECT * FROM unnest($1::text[], $2::bytea[])',
      [
        batch.map((entry) => entry.room),
        batch.map((entry) =>
          Buffer.from(entry.update.buffer, entry.update.byteOffset, entry.update.byteLength),
        ),
      ],
    );
  }

  /**
   * Folds the rows this transaction can see into one snapshot. A per-room advisory lock makes
   * sure two instances never fold the same rows; rows other instances add meanwhile stay as they are.
   */
  async compact(room: string, fold: Fold = foldUpdates): Promise<CompactionResult> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const lock = await client.query<{ locked: boolean }>(
        "SELECT pg_try_advisory_xact_lock(hashtext('sketchroom:compact:' || $1)) AS locked",
        [room],
      );
      const rows = lock.rows[0]!.locked
        ? (
            await client.query<{ id: string; data: Buffer }>(
              'SELECT id, data FROM room_updates WHERE room = $1 ORDER BY id',
              [room],
            )
          ).rows
        : [];
      const bytesBefore = rows.reduce((sum, row) => sum + row.data.byteLength, 0);
      if (rows.length <= 1) {
        await client.query('COMMIT');
        return {
          rowsBefore: rows.length,
          rowsAfter: rows.length,
          bytesBefore,
          bytesAfter: bytesBefore,
        };
      }
      const snapshot = fold(rows.map((row) => asBytes(row.data)));
      await client.query('DELETE FROM room_updates WHERE id = ANY($1::bigint[])', [
        rows.map((row) => row.id),
      ]);
      await client.query('INSERT INTO room_updates (room, data) VALUES ($1, $2)', [
        room,
        Buffer.from(snapshot),
      ]);
      await client.query('COMMIT');
      return {
        rowsBefore: rows.length,
        rowsAfter: 1,
        bytesBefore,
        bytesAfter: snapshot.byteLength,
      };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}
