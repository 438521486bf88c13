import Database from 'better-sqlite3';
import { join } from 'node:path';

/** Counts a room's stored rows straight from the database file, as an operator would. */
export function storedRows(dataDir: string, room: string): number {
  const db = new Database(join(dataDir, 'sketchroom.db'), { readonly: true });
  try {
    const row = db.prepare('SELECT count(*) AS n FROM room_updates WHERE room = ?').get(room) as {
      n: number;
    };
    return row.n;
  } finally {
    db.close();
  }
}
