import type { StoredVersion, VersionAuthor, VersionInfo, VersionKind } from './store.ts';

/** A row of the room_versions table, the same in SQLite and PostgreSQL (state left out). */
export interface VersionRow {
  id: string;
  room: string;
  created_at: number | string;
  kind: string;
  name: string | null;
  authors: string;
  shapes: number;
  bytes: number;
}

export const versionColumns = 'id, room, created_at, kind, name, authors, shapes, bytes';

export function toVersionInfo(row: VersionRow): VersionInfo {
  return {
    id: row.id,
    room: row.room,
    // PostgreSQL hands BIGINT back as text.
    createdAt: Number(row.created_at),
    kind: row.kind as VersionKind,
    ...(row.name !== null && { name: row.name }),
    authors: JSON.parse(row.authors) as VersionAuthor[],
    shapes: row.shapes,
    bytes: row.bytes,
  };
}

export function toStoredVersion(row: VersionRow & { state: Buffer }): StoredVersion {
  const { state } = row;
  return {
    ...toVersionInfo(row),
    state: new Uint8Array(state.buffer, state.byteOffset, state.byteLength),
  };
}

/** The values to insert, in the order of `versionColumns` and then the state. */
export const versionValues = (v: StoredVersion) =>
  [
    v.id,
    v.room,
    v.createdAt,
    v.kind,
    v.name ?? null,
    JSON.stringify(v.authors),
    v.shapes,
    v.state.byteLength,
    Buffer.from(v.state.buffer, v.state.byteOffset, v.state.byteLength),
  ] as const;
