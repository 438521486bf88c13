import type pg from 'pg';
import type { StoredVersion, VersionInfo, VersionStore } from './store.ts';
import {
  toStoredVersion,
  toVersionInfo,
  versionColumns,
  versionValues,
  type VersionRow,
} from './version-rows.ts';

export const versionSchema = `
  CREATE TABLE IF NOT EXISTS room_versions (
    seq        BIGSERIAL PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    room       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    kind       TEXT NOT NULL,
    name       TEXT,
    authors    TEXT NOT NULL,
    shapes     INTEGER NOT NULL,
    bytes      INTEGER NOT NULL,
    state      BYTEA NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_versions_room ON room_versions (room, created_at);
  CREATE INDEX IF NOT EXISTS room_versions_expiry ON room_versions (created_at) WHERE kind <> 'named';
  CREATE TABLE IF NOT EXISTS room_history_settings (
    room    TEXT PRIMARY KEY,
    viewers BOOLEAN NOT NULL
  );
`;

/** Versions of boards in PostgreSQL, shared by every instance. */
export class PostgresVersionStore implements VersionStore {
  constructor(private readonly pool: pg.Pool) {}

  async saveVersion(version: StoredVersion): Promise<void> {
    await this.pool.query(
      `INSERT INTO room_versions (${versionColumns}, state)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [...versionValues(version)],
    );
  }

  async listVersions(room: string, limit: number): Promise<VersionInfo[]> {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${versionColumns} FROM room_versions WHERE room = $1
       ORDER BY created_at DESC, seq DESC LIMIT $2`,
      [room, limit],
    );
    return rows.map(toVersionInfo);
  }

  async getVersion(room: string, id: string): Promise<StoredVersion | null> {
    const { rows } = await this.pool.query<VersionRow & { state: Buffer }>(
      `SELECT ${versionColumns}, state FROM room_versions WHERE room = $1 AND id = $2`,
      [room, id],
    );
    return rows[0] ? toStoredVersion(rows[0]) : null;
  }

  async deleteVersions(room: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.pool.query(
      'DELETE FROM room_versions WHERE room = $1 AND id = ANY($2::text[])',
      [room, ids],
    );
    return result.rowCount ?? 0;
  }

  async expireVersions(before: number): Promise<number> {
    const result = await this.pool.query(
      "DELETE FROM room_versions WHERE kind <> 'named' AND created_at < $1",
      [before],
    );
    return result.rowCount ?? 0;
  }

  async roomsWithAutoVersions(from: number, to: number, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ room: string }>(
      `SELECT DISTINCT room FROM room_versions
       WHERE kind = 'auto' AND created_at >= $1 AND created_at < $2 LIMIT $3`,
      [from, to, limit],
    );
    return rows.map((row) => row.room);
  }

  async historyForViewers(room: string): Promise<boolean> {
    const { rows } = await this.pool.query<{ viewers: boolean }>(
      'SELECT viewers FROM room_history_settings WHERE room = $1',
      [room],
    );
    return rows[0]?.viewers ?? true;
  }

  async setHistoryForViewers(room: string, allowed: boolean): Promise<void> {
    await this.pool.query(
      `INSERT INTO room_history_settings (room, viewers) VALUES ($1, $2)
       ON CONFLICT (room) DO UPDATE SET viewers = excluded.viewers`,
      [room, allowed],
    );
  }
}
