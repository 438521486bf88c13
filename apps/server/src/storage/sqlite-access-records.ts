import type { LinkKind } from '@sketchroom/board-access';
import type Database from 'better-sqlite3';
import { toAccess, type AccessRow, type RoomAccess } from './room-access.ts';
import type { AccessRecords } from './store.ts';

export const accessSchema = `
  CREATE TABLE IF NOT EXISTS room_access (
    room            TEXT PRIMARY KEY,
    edit_generation INTEGER NOT NULL DEFAULT 0,
    view_generation INTEGER NOT NULL DEFAULT 0,
    created_at      INTEGER NOT NULL
  );
`;

/** Link generations of protected rooms, in the SQLite file. */
export class SqliteAccessRecords implements AccessRecords {
  constructor(private readonly db: Database.Database) {}

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
}
