import type { AccessControl } from '../access/access-control.ts';
import type { AddressBuckets } from '../limits/address-buckets.ts';
import type { Logger } from '../logger.ts';
import type { AssetStore } from '../storage/store.ts';

export interface AssetLimits {
  assetMaxBytes: number;
  assetMaxPerBoard: number;
  assetMaxBoardBytes: number;
  assetMaxSide: number;
  assetKeepOriginal: boolean;
  assetUploadsPerMinute: number;
  /** An accepted upload's body must have arrived within this long. */
  assetUploadTimeoutMs: number;
}

export interface AssetsApi {
  access: AccessControl;
  assets: AssetStore;
  limits: AssetLimits;
  /** Uploads per client address. */
  uploads: AddressBuckets;
  /** Image bytes served per client address. */
  downloads: AddressBuckets;
  trustProxy: boolean;
  now: () => number;
  log: Logger;
}
