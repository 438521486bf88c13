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
