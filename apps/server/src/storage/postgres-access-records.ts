import type { LinkKind } from '@sketchroom/board-access';
import type pg from 'pg';
import { toAccess, type AccessRow, type RoomAccess } from './room-access.ts';
import type { AccessRecords } from './store.ts';

export const accessSchema = `
  CREATE TABLE IF NOT EXISTS room_access (
    room            TEXT PRIMARY KEY,
    edit_generation INTEGER NOT NULL DEFAULT 0,
    view_generation INTEGER NOT NULL DEFAULT 0,
    created_at      BIGINT NOT NULL
  );
`;

/** Link generations of protected rooms, in PostgreSQL. */
export class PostgresAccessRecords implements AccessRecords {
  constructor(private readonly pool: pg.Pool) {}

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
}
