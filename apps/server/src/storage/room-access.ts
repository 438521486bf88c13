/** A protected room's current link generations; a token of an older generation is revoked. */
export interface RoomAccess {
  room: string;
  editGeneration: number;
  viewGeneration: number;
}

/** A row of the room_access table, the same in SQLite and PostgreSQL. */
export interface AccessRow {
  room: string;
  edit_generation: number;
  view_generation: number;
}

export const toAccess = (row: AccessRow | undefined): RoomAccess | null =>
  row
    ? { room: row.room, editGeneration: row.edit_generation, viewGeneration: row.view_generation }
    : null;
