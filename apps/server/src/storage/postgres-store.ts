import pg from 'pg';
import type { LinkKind } from '@sketchroom/board-access';
import type { RoomAccess } from './room-access.ts';
import { foldUpdates } from './fold.ts';
import type { CompactionResult, Fold, RoomLog, Store, StoredUpdate } from './store.ts';

// Same table shapes as SQLite. `schema_version` lets later releases migrate in place.
const schema = `
  CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL);
  CREATE TABLE IF NOT EXISTS room_updates (
    id   BIGSERIAL PRIMARY KEY,
    room TEXT NOT NULL,
    data BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_updates_room ON room_updates (room, id);
  CREATE TABLE IF NOT EXISTS room_access (
    room            TEXT PRIMARY KEY,
    edit_generation INTEGER NOT NULL DEFAULT 0,
    view_generation INTEGER NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL
  );
  INSERT INTO schema_version (version) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM schema_version);
`;

interface AccessRow {
  room: string;
  edit_generation: number;
  view_generation: number;
}

const toAccess = (row: AccessRow | undefined): RoomAccess | null =>
  row
    ? { room: row.room, editGeneration: row.edit_generation, viewGeneration: row.view_generation }
    : null;

const asBytes = (data: Buffer) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength);

/** Rooms in PostgreSQL, for several instances sharing one database. */
export class PostgresStore implements Store {
  readonly name = 'postgres';
  private readonly pool: pg.Pool;

  constructor(connectionString: string, options: { schema?: string } = {}) {
    this.pool = new pg.Pool({
      connectionString,
      max: 10,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
    });
    // An idle client that loses its connection must not crash the process.
    this.pool.on('error', () => undefined);
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

  async readAccess(room: string): Promise<RoomAccess | null> {
    const { rows } = await this.pool.query<AccessRow>('SELECT * FROM room_access WHERE room = $1', [
      room,
    ]);
    return toAccess(rows[0]);
  }

  async createAccess(room: string): Promise<boolean> {
    const result = await this.pool.query(
      'INSERT INTO room_access (room, created_at) VALUES ($1, $2) ON CONFLICT DO NOTHING',
      [room, Date.now()],
    );
    return result.rowCount === 1;
  }

  async rotateLink(room: string, link: LinkKind): Promise<RoomAccess | null> {
    const column = link === 'edit' ? 'edit_generation' : 'view_generation';
    const { rows } = await this.pool.query<AccessRow>(
      `UPDATE room_access SET ${column} = ${column} + 1 WHERE room = $1 RETURNING *`,
      [room],
    );
    return toAccess(rows[0]);
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}
