import type pg from 'pg';
import { assetColumns, toAssetInfo, type AssetRow } from './asset-rows.ts';
import type {
  AssetInfo,
  AssetOwnership,
  AssetQuota,
  AssetQuotaRefusal,
  AssetStore,
  AssetUsage,
} from './store.ts';

// The owners' foreign key is what keeps an upload and a sweep on two instances apart: a delete
// of bytes that gained an owner meanwhile fails (and is skipped), an owner for bytes deleted
// meanwhile fails (and the upload stores them again).
export const assetSchema = `
  CREATE TABLE IF NOT EXISTS assets (
    id         TEXT PRIMARY KEY,
    mime_type  TEXT NOT NULL,
    width      INTEGER NOT NULL,
    height     INTEGER NOT NULL,
    bytes      INTEGER NOT NULL,
    created_at BIGINT NOT NULL,
    data       BYTEA NOT NULL
  );
  CREATE TABLE IF NOT EXISTS asset_owners (
    room     TEXT NOT NULL,
    asset_id TEXT NOT NULL REFERENCES assets (id),
    owned_at BIGINT NOT NULL,
    PRIMARY KEY (room, asset_id)
  );
  CREATE INDEX IF NOT EXISTS asset_owners_asset ON asset_owners (asset_id);
  CREATE INDEX IF NOT EXISTS asset_owners_owned ON asset_owners (owned_at);
`;

/** The first key of the advisory locks that let one board's uploads take turns. */
const LOCK_SPACE = 0x5e7a;

const FOREIGN_KEY_VIOLATION = '23503';
const isForeignKeyViolation = (error: unknown) =>
  (error as { code?: string } | null)?.code === FOREIGN_KEY_VIOLATION;

/** Image bytes in PostgreSQL (bytea), so every instance serves every board's images. */
export class PostgresAssetStore implements AssetStore {
  constructor(private readonly pool: pg.Pool) {}

  async putAsset(
    room: string,
    info: AssetInfo,
    data: Uint8Array,
    at: number,
    quota?: AssetQuota,
  ): Promise<AssetQuotaRefusal | null> {
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        return await this.inTransaction(async (client) => {
          // Uploads to one board take turns from here to the commit (on every instance), so its
          // quota check and its new owner are one step. Other boards are not held up.
          await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_SPACE, room]);
          const refused = quota ? await overQuota(client, room, info, quota) : null;
          if (refused) return refused;
          const known = await client.query('SELECT 1 FROM assets WHERE id = $1', [info.id]);
          if (known.rowCount === 0)
            await client.query(
              `INSERT INTO assets (id, mime_type, width, height, bytes, created_at, data)
               VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING`,
              [
                info.id,
                info.mimeType,
                info.width,
                info.height,
                info.bytes,
                at,
                Buffer.from(data.buffer, data.byteOffset, data.byteLength),
              ],
            );
          // A renewed ownership always changes its date, so a sweep that read the old one keeps it.
          await client.query(
            `INSERT INTO asset_owners (room, asset_id, owned_at) VALUES ($1, $2, $3)
             ON CONFLICT (room, asset_id)
             DO UPDATE SET owned_at = GREATEST(asset_owners.owned_at + 1, excluded.owned_at)`,
            [room, info.id, at],
          );
          return null;
        });
      } catch (error) {
        if (!isForeignKeyViolation(error)) throw error;
      }
    }
    throw new Error('asset was removed three times while being stored');
  }

  private async inTransaction<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async ownedAsset(room: string, id: string): Promise<AssetInfo | null> {
    const { rows } = await this.pool.query<AssetRow>(
      `SELECT ${assetColumns} FROM assets a JOIN asset_owners o ON o.asset_id = a.id
       WHERE o.room = $1 AND a.id = $2`,
      [room, id],
    );
    return rows[0] ? toAssetInfo(rows[0]) : null;
  }

  async readAsset(room: string, id: string) {
    const { rows } = await this.pool.query<AssetRow & { data: Buffer }>(
      `SELECT ${assetColumns}, a.data FROM assets a JOIN asset_owners o ON o.asset_id = a.id
       WHERE o.room = $1 AND a.id = $2`,
      [room, id],
    );
    return rows[0] ? { info: toAssetInfo(rows[0]), data: rows[0].data } : null;
  }

  async usage(room: string): Promise<AssetUsage> {
    return usageOf(this.pool, room);
  }

  async roomsOwningBefore(before: number, after: string, limit: number): Promise<string[]> {
    const { rows } = await this.pool.query<{ room: string }>(
      `SELECT DISTINCT room FROM asset_owners WHERE owned_at < $1 AND room > $2
       ORDER BY room LIMIT $3`,
      [before, after, limit],
    );
    return rows.map((row) => row.room);
  }

  async ownedBefore(room: string, before: number): Promise<AssetOwnership[]> {
    const { rows } = await this.pool.query<{ asset_id: string; owned_at: string }>(
      'SELECT asset_id, owned_at FROM asset_owners WHERE room = $1 AND owned_at < $2',
      [room, before],
    );
    return rows.map((row) => ({ id: row.asset_id, ownedAt: Number(row.owned_at) }));
  }

  async disown(room: string, owned: readonly AssetOwnership[]): Promise<number> {
    if (owned.length === 0) return 0;
    const result = await this.pool.query(
      `DELETE FROM asset_owners o USING unnest($2::text[], $3::bigint[]) AS d (id, owned_at)
       WHERE o.room = $1 AND o.asset_id = d.id AND o.owned_at = d.owned_at`,
      [room, owned.map((row) => row.id), owned.map((row) => row.ownedAt)],
    );
    return result.rowCount ?? 0;
  }

  async renew(room: string, ids: readonly string[], at: number): Promise<number> {
    if (ids.length === 0) return 0;
    const result = await this.pool.query(
      `UPDATE asset_owners SET owned_at = GREATEST(owned_at + 1, $3)
       WHERE room = $1 AND asset_id = ANY($2::text[])`,
      [room, ids, at],
    );
    return result.rowCount ?? 0;
  }

  async deleteUnowned(limit: number): Promise<number> {
    const { rows } = await this.pool.query<{ id: string }>(
      `SELECT id FROM assets a WHERE NOT EXISTS
       (SELECT 1 FROM asset_owners o WHERE o.asset_id = a.id) LIMIT $1`,
      [limit],
    );
    let deleted = 0;
    for (const { id } of rows) {
      try {
        const result = await this.pool.query(
          `DELETE FROM assets a WHERE id = $1 AND NOT EXISTS
           (SELECT 1 FROM asset_owners o WHERE o.asset_id = a.id)`,
          [id],
        );
        deleted += result.rowCount ?? 0;
      } catch (error) {
        if (!isForeignKeyViolation(error)) throw error; // it gained an owner meanwhile: kept
      }
    }
    return deleted;
  }

  async stored(): Promise<AssetUsage> {
    const { rows } = await this.pool.query<{ count: string; bytes: string }>(
      'SELECT count(*) AS count, coalesce(sum(bytes), 0) AS bytes FROM assets',
    );
    return { count: Number(rows[0]!.count), bytes: Number(rows[0]!.bytes) };
  }
}

const usageOf = async (db: pg.Pool | pg.PoolClient, room: string): Promise<AssetUsage> => {
  const { rows } = await db.query<{ count: string; bytes: string }>(
    `SELECT count(*) AS count, coalesce(sum(a.bytes), 0) AS bytes
     FROM asset_owners o JOIN assets a ON a.id = o.asset_id WHERE o.room = $1`,
    [room],
  );
  return { count: Number(rows[0]!.count), bytes: Number(rows[0]!.bytes) };
};

/** Null when `room` owns the asset already or may own one more of its size. */
async function overQuota(
  client: pg.PoolClient,
  room: string,
  info: AssetInfo,
  quota: AssetQuota,
): Promise<AssetQuotaRefusal | null> {
  const owned = await client.query('SELECT 1 FROM asset_owners WHERE room = $1 AND asset_id = $2', [
    room,
    info.id,
  ]);
  if ((owned.rowCount ?? 0) > 0) return null;
  const usage = await usageOf(client, room);
  if (usage.count >= quota.maxCount) return { over: 'count', usage };
  if (usage.bytes + info.bytes > quota.maxBytes) return { over: 'bytes', usage };
  return null;
}
