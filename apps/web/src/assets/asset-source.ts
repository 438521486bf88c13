import type { AssetLimits } from './asset-api.ts';

/**
 * Where the bytes of a board's images come from. The board's implementation looks in the
 * local copy (IndexedDB) first, then asks the server, retrying while the file is not there
 * yet (a peer's upload still on its way); painters show a placeholder until it resolves.
 */
export interface AssetSource {
  /**
   * The image file of `assetId` ("sha256:<hex>"). Settles only with the bytes, or rejects
   * when `signal` aborts or the file can never be had (the link no longer allows it).
   */
  blob(assetId: string, signal?: AbortSignal): Promise<Blob>;
}

/** For editors with no server behind them (unit tests): no file is ever at hand. */
export const noAssets: AssetSource = {
  blob: (assetId, signal) =>
    new Promise((_, reject) => {
      signal?.addEventListener('abort', () => reject(new Error(`${assetId}: aborted`)));
    }),
};

/** A file ready to be kept: its content id, bytes and what to call it in a message. */
export interface PreparedAsset {
  id: string;
  blob: Blob;
  name: string;
}

/**
 * A board's source that can also take new files: what adding images and importing need.
 * The canvas sets one as `editor.assets`; without it (tests, a viewer) nothing is added.
 */
export interface AssetStore extends AssetSource {
  /** The server's limits (its defaults while it cannot be asked). */
  limits(): Promise<AssetLimits>;
  /** Keeps the file in the local copy and owes the board its upload. */
  keep(asset: PreparedAsset): Promise<void>;
  /**
   * Owes the board the uploads of files we already hold (shapes pasted from another board);
   * ids not held locally are left alone. Resolves when they are queued.
   */
  adopt(ids: readonly string[]): Promise<void>;
  /** The connection to the server is back: send owed uploads and ask for awaited files now. */
  reconnected(): void;
}

export function assetStoreOf(source: AssetSource): AssetStore | null {
  return 'keep' in source && 'adopt' in source && 'reconnected' in source
    ? (source as AssetStore)
    : null;
}
