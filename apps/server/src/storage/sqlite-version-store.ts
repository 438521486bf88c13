import type Database from 'better-sqlite3';
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
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    id         TEXT NOT NULL UNIQUE,
    room       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    kind       TEXT NOT NULL,
    name       TEXT,
    authors    TEXT NOT NULL,
    shapes     INTEGER NOT NULL,
    bytes      INTEGER NOT NULL,
    state      BLOB NOT NULL
  );
  CREATE INDEX IF NOT EXISTS room_versions_room ON room_versions (room, created_at);
  CREATE INDEX IF NOT EXISTS room_versions_expiry ON room_versions (created_at) WHERE kind <> 'named';
  CREATE TABLE IF NOT EXISTS room_history_settings (
    room    TEXT PRIMARY KEY,
    viewers INTEGER NOT NULL
  );
`;

/** Versions of boards in the SQLite file, each a whole encoded state. */
export class SqliteVersionStore implements VersionStore {
  constructor(private readonly db: Database.Database) {}

  async saveVersion(version: StoredVersion): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO room_versions (${versionColumns}, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...versionValues(version));
  }

  async listVersions(room: string, limit: number): Promise<VersionInfo[]> {
    return this.db
      .prepare<[string, number], VersionRow>(
        `SELECT ${versionColumns} FROM room_versions WHERE room = ?
         ORDER BY created_at DESC, seq DESC LIMIT ?`,
      )
      .all(room, limit)
      .map(toVersionInfo);
  }

  async getVersion(room: string, id: string): Promise<StoredVersion | null> {
    const row = this.db
      .prepare<[string, string], VersionRow & { state: Buffer }>(
        `SELECT ${versionColumns}, state FROM room_versions WHERE room = ? AND id = ?`,
      )
      .get(room, id);
    return row ? toStoredVersion(row) : null;
  }

  async deleteVersions(room: string, ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    const remove = this.db.prepare('DELETE FROM room_versions WHERE room = ? AND id = ?');
    const all = this.db.transaction(() =>
      ids.reduce((sum, id) => sum + remove.run(room, id).changes, 0),
    );
    return all();
  }

  async expireVersions(before: number): Promise<number> {
    return this.db
      .prepare("DELETE FROM room_versions WHERE kind <> 'named' AND created_at < ?")
      .run(before).changes;
  }

  async roomsWithAutoVersions(from: number, to: number, limit: number): Promise<string[]> {
    return this.db
      .prepare<[number, number, number], { room: string }>(
        `SELECT DISTINCT room FROM room_versions
         WHERE kind = 'auto' AND created_at >= ? AND created_at < ? LIMIT ?`,
      )
      .all(from, to, limit)
      .map((row) => row.room);
  }

  async historyForViewers(room: string): Promise<boolean> {
    const row = this.db
      .prepare<[string], { viewers: number }>(
        'SELECT viewers FROM room_history_settings WHERE room = ?',
      )
      .get(room);
    return row ? row.viewers === 1 : true;
  }

  async setHistoryForViewers(room: string, allowed: boolean): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO room_history_settings (room, viewers) VALUES (?, ?)
         ON CONFLICT (room) DO UPDATE SET viewers = excluded.viewers`,
      )
      .run(room, allowed ? 1 : 0);
  }
}
