import type { AssetInfo } from './store.ts';

/** An asset's row as both databases return it. */
export interface AssetRow {
  id: string;
  mime_type: string;
  width: number;
  height: number;
  bytes: number | string;
}

export const assetColumns = 'a.id, a.mime_type, a.width, a.height, a.bytes';

export const toAssetInfo = (row: AssetRow): AssetInfo => ({
  id: row.id,
  mimeType: row.mime_type,
  width: row.width,
  height: row.height,
  bytes: Number(row.bytes),
});

/** `sha256:<64 hex>`: the only ids that name a file or a row. */
export const ASSET_ID = /^sha256:[0-9a-f]{64}$/;
