import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, unlinkSync } from 'node:fs';
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ASSET_ID, assetColumns, toAssetInfo, type AssetRow } from './asset-rows.ts';
import type { AssetInfo, AssetStore, AssetUsage } from './store.ts';

export const assetSchema = `
  CREATE TABLE IF NOT EXISTS assets (
    id         TEXT PRIMARY KEY,
    mime_type  TEXT NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    bytes      INTEGER NOT NULL,
    created_at INTEGER NOT NULL
  );
  CREATE TABLE IF NOT EXISTS asset_owners (
    room     TEXT NOT NULL,
    asset_id TEXT NOT NULL,
    owned_at INTEGER NOT NULL,
    PRIMARY KEY (room, asset_id)
  );
  CREATE INDEX IF NOT EXISTS asset_owners_asset ON asset_owners (asset_id);
  CREATE INDEX IF NOT EXISTS asset_owners_owned ON asset_owners (owned_at);
`;

/**
 * Image bytes as files under the data directory (`assets/<2 hex>/<64 hex>`), their description
 * and owners in the SQLite file. A file is written to a temporary name and renamed, so a
 * crash never leaves half an image under its id. The rename and the rows, and a delete's rows
 * and unlinks, each happen in one synchronous step, so an upload and a sweep cannot interleave.
 */
export class SqliteAssetStore implements AssetStore {
  constructor(
    private readonly db: Database.Database,
    private readonly dir: string,
  ) {}

  private pathOf(id: string): string {
    if (!ASSET_ID.test(id)) throw new Error('not an asset id');
    const hex = id.slice('sha256:'.length);
    return join(this.dir, hex.slice(0, 2), hex);
  }

  private has(id: string): boolean {
    return this.db.prepare('SELECT 1 FROM assets WHERE id = ?').get(id) !== undefined;
  }

  async putAsset(room: string, info: AssetInfo, data: Uint8Array, at: number): Promise<void> {
    const final = this.pathOf(info.id);
    for (let attempt = 0; attempt < 3; attempt++) {
      const known = this.has(info.id);
      const temp = known ? null : await this.writeTemp(final, data);
      try {
        if (temp !== null) renameSync(temp, final);
        else if (!this.has(info.id)) continue; // swept while we looked: write it again
        this.db.transaction(() => {
          this.db
            .prepare(
              `INSERT INTO assets (id, mime_type, width, height, bytes, created_at)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
            )
            .run(info.id, info.mimeType, info.width, info.height, info.bytes, at);
          this.db
            .prepare(
              `INSERT INTO asset_owners (room, asset_id, owned_at) VALUES (?, ?, ?)
               ON CONFLICT (room, asset_id) DO UPDATE SET owned_at = MAX(owned_at, excluded.owned_at)`,
            )
            .run(room, info.id, at);
        })();
        return;
      } finally {
        if (temp !== null) await rm(temp, { force: true });
      }
    }
    throw new Error('asset was removed three times while being stored');
  }

  private async writeTemp(final: string, data: Uint8Array): Promise<string> {
    mkdirSync(join(final, '..'), { recursive: true });
    const temp = `${final}.${randomBytes(6).toString('hex')}.tmp`;
    const file = await open(temp, 'wx');
    try {
      await file.writeFile(data);
      await file.sync();
    } catch (error) {
      await file.close();
      await rm(temp, { force: true });
      throw error;
    }
    await file.close();
    return temp;
  }

  async ownedAsset(room: string, id: string): Promise<AssetInfo | null> {
    const row = this.db
      .prepare<[string, string], AssetRow>(
        `SELECT ${assetColumns} FROM assets a JOIN asset_owners o ON o.asset_id = a.id
         WHERE o.room = ? AND a.id = ?`,
      )
      .get(room, id);
    return row ? toAssetInfo(row) : null;
  }

  async readAsset(room: string, id: string) {
    const info = await this.ownedAsset(room, id);
    if (!info) return null;
    try {
      return { info, data: await readFile(this.pathOf(id)) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async usage(room: string): Promise<AssetUsage> {
    return this.db
      .prepare<[string], AssetUsage>(
        `SELECT count(*) AS count, coalesce(sum(a.bytes), 0) AS bytes
         FROM asset_owners o JOIN assets a ON a.id = o.asset_id WHERE o.room = ?`,
      )
      .get(room)!;
  }

  async roomsOwningBefore(before: number, after: string, limit: number): Promise<string[]> {
    return this.db
      .prepare<[number, string, number], { room: string }>(
        `SELECT DISTINCT room FROM asset_owners WHERE owned_at < ? AND room > ?
         ORDER BY room LIMIT ?`,
      )
      .all(before, after, limit)
      .map((row) => row.room);
  }

  async ownedBefore(room: string, before: number): Promise<string[]> {
    return this.db
      .prepare<[string, number], { asset_id: string }>(
        'SELECT asset_id FROM asset_owners WHERE room = ? AND owned_at < ?',
      )
      .all(room, before)
      .map((row) => row.asset_id);
  }

  async disown(room: string, ids: readonly string[], before: number): Promise<number> {
    const remove = this.db.prepare(
      'DELETE FROM asset_owners WHERE room = ? AND asset_id = ? AND owned_at < ?',
    );
    return this.db.transaction(() =>
      ids.reduce((sum, id) => sum + remove.run(room, id, before).changes, 0),
    )();
  }

  async deleteUnowned(limit: number): Promise<number> {
    const ids = this.db
      .prepare<[number], { id: string }>(
        `SELECT id FROM assets a WHERE NOT EXISTS
         (SELECT 1 FROM asset_owners o WHERE o.asset_id = a.id) LIMIT ?`,
      )
      .all(limit)
      .map((row) => row.id);
    const remove = this.db.prepare('DELETE FROM assets WHERE id = ?');
    this.db.transaction(() => ids.forEach((id) => remove.run(id)))();
    // Synchronously after the rows: no upload can rename a file in between.
    for (const id of ids) {
      const path = this.pathOf(id);
      if (existsSync(path)) unlinkSync(path);
    }
    return ids.length;
  }

  async stored(): Promise<AssetUsage> {
    return this.db
      .prepare<[], AssetUsage>(
        'SELECT count(*) AS count, coalesce(sum(bytes), 0) AS bytes FROM assets',
      )
      .get()!;
  }
}
