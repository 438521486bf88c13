import type Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, unlinkSync } from 'node:fs';
import { open, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { ASSET_ID, assetColumns, toAssetInfo, type AssetRow } from './asset-rows.ts';
import type {
  AssetInfo,
  AssetOwnership,
  AssetQuota,
  AssetQuotaRefusal,
  AssetStore,
  AssetUsage,
} from './store.ts';

const TEMP_SUFFIX = '.tmp';
/** `<64 hex>.<12 hex>.tmp`: a file being written, renamed to its id once whole. */
const TEMP_NAME = /^[0-9a-f]{64}\.[0-9a-f]{12}\.tmp$/;

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

  async putAsset(
    room: string,
    info: AssetInfo,
    data: Uint8Array,
    at: number,
    quota?: AssetQuota,
  ): Promise<AssetQuotaRefusal | null> {
    const final = this.pathOf(info.id);
    for (let attempt = 0; attempt < 3; attempt++) {
      // Cheap refusals first, so a board at its quota writes no file; the answer that counts
      // is the one inside the transaction below.
      const early = quota ? this.overQuota(room, info, quota) : null;
      if (early) return early;
      const known = this.has(info.id);
      const temp = known ? null : await this.writeTemp(final, data);
      try {
        // From here to the end of the transaction nothing awaits: the quota check, the rename and
        // the rows are one step no other upload or sweep of this process can come between, and
        // IMMEDIATE keeps another process out too.
        const outcome = this.db
          .transaction((): AssetQuotaRefusal | 'again' | null => {
            const refused = quota ? this.overQuota(room, info, quota) : null;
            if (refused) return refused;
            if (temp !== null) renameSync(temp, final);
            else if (!this.has(info.id)) return 'again'; // swept while we looked: write it again
            this.insertRows(room, info, at);
            return null;
          })
          .immediate();
        if (outcome !== 'again') return outcome;
      } finally {
        if (temp !== null) await rm(temp, { force: true });
      }
    }
    throw new Error('asset was removed three times while being stored');
  }

  /** Null when `room` owns the asset already or may own one more of its size. */
  private overQuota(room: string, info: AssetInfo, quota: AssetQuota): AssetQuotaRefusal | null {
    const owned = this.db
      .prepare('SELECT 1 FROM asset_owners WHERE room = ? AND asset_id = ?')
      .get(room, info.id);
    if (owned !== undefined) return null;
    const usage = usageOf(this.db, room);
    if (usage.count >= quota.maxCount) return { over: 'count', usage };
    if (usage.bytes + info.bytes > quota.maxBytes) return { over: 'bytes', usage };
    return null;
  }

  private insertRows(room: string, info: AssetInfo, at: number): void {
    this.db
      .prepare(
        `INSERT INTO assets (id, mime_type, width, height, bytes, created_at)
         VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .run(info.id, info.mimeType, info.width, info.height, info.bytes, at);
    // A renewed ownership always changes its date, so a sweep that read the old one keeps it.
    this.db
      .prepare(
        `INSERT INTO asset_owners (room, asset_id, owned_at) VALUES (?, ?, ?)
         ON CONFLICT (room, asset_id) DO UPDATE SET owned_at = MAX(owned_at + 1, excluded.owned_at)`,
      )
      .run(room, info.id, at);
  }

  /**
   * Removes temporary files a crash left behind (written, never renamed). Only at start: an
   * upload of this process may be writing one at any later time.
   */
  async removeTemporaryFiles(): Promise<number> {
    let removed = 0;
    const folders = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const folder of folders.filter((name) => /^[0-9a-f]{2}$/.test(name))) {
      const names = await readdir(join(this.dir, folder)).catch(() => []);
      for (const name of names.filter((entry) => TEMP_NAME.test(entry))) {
        await rm(join(this.dir, folder, name), { force: true });
        removed++;
      }
    }
    return removed;
  }

  private async writeTemp(final: string, data: Uint8Array): Promise<string> {
    mkdirSync(join(final, '..'), { recursive: true });
    const temp = `${final}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`;
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
    return usageOf(this.db, room);
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

  async ownedBefore(room: string, before: number): Promise<AssetOwnership[]> {
    return this.db
      .prepare<[string, number], { asset_id: string; owned_at: number }>(
        'SELECT asset_id, owned_at FROM asset_owners WHERE room = ? AND owned_at < ?',
      )
      .all(room, before)
      .map((row) => ({ id: row.asset_id, ownedAt: row.owned_at }));
  }

  async disown(room: string, owned: readonly AssetOwnership[]): Promise<number> {
    const remove = this.db.prepare(
      'DELETE FROM asset_owners WHERE room = ? AND asset_id = ? AND owned_at = ?',
    );
    return this.db.transaction(() =>
      owned.reduce((sum, { id, ownedAt }) => sum + remove.run(room, id, ownedAt).changes, 0),
    )();
  }

  async renew(room: string, ids: readonly string[], at: number): Promise<number> {
    const touch = this.db.prepare(
      `UPDATE asset_owners SET owned_at = MAX(owned_at + 1, ?) WHERE room = ? AND asset_id = ?`,
    );
    return this.db.transaction(() =>
      ids.reduce((sum, id) => sum + touch.run(at, room, id).changes, 0),
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

const usageOf = (db: Database.Database, room: string): AssetUsage =>
  db
    .prepare<[string], AssetUsage>(
      `SELECT count(*) AS count, coalesce(sum(a.bytes), 0) AS bytes
       FROM asset_owners o JOIN assets a ON a.id = o.asset_id WHERE o.room = ?`,
    )
    .get(room)!;
