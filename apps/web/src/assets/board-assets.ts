import type { AssetStore, PreparedAsset } from './asset-source.ts';
import { downloadAsset, fetchLimits, type AssetAccess, type AssetLimits } from './asset-api.ts';
import { keepLocalFile, readLocalFile } from './local-assets.ts';
import { browserUploadDeps, UploadQueue, type UploadEvents } from './upload-queue.ts';

// A peer's upload usually lands within a second or two of its shape: ask again soon at
// first, then less and less often (a peer offline for the day must not be polled hard).
const FIRST_WAIT_MS = 300;
const WAIT_GROWTH = 1.5;
const LAST_WAIT_MS = 15_000;

/**
 * One board's images: the local copy first, then the server, waiting (with backoff, and at
 * once when back online) while a peer's upload is still on its way or we are offline.
 * Files added here are kept locally and uploaded by the board's queue.
 */
export class BoardAssets implements AssetStore {
  private readonly queue: UploadQueue;
  private limitsAsked: Promise<AssetLimits> | null = null;
  /** Files this board is known to have (uploaded or fetched here): no need to send again. */
  private readonly onServer = new Set<string>();
  /** Downloads waiting out their backoff; each resolves its wait when called. */
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly access: AssetAccess,
    events: UploadEvents,
  ) {
    const tracked: UploadEvents = {
      refused: events.refused,
      uploaded: (upload) => {
        this.onServer.add(upload.assetId);
        events.uploaded?.(upload);
      },
    };
    this.queue = new UploadQueue(access.roomId, tracked, browserUploadDeps(access));
  }

  start(): () => void {
    return this.queue.start();
  }

  /** Uploads still owed to the server by this page. */
  get pendingUploads(): number {
    return this.queue.size;
  }

  limits(): Promise<AssetLimits> {
    this.limitsAsked ??= fetchLimits();
    return this.limitsAsked;
  }

  async keep(asset: PreparedAsset): Promise<void> {
    await keepLocalFile(asset.id, asset.blob);
    await this.queue.add(asset.id, asset.name);
  }

  async adopt(ids: readonly string[]): Promise<void> {
    for (const id of new Set(ids)) {
      if (this.onServer.has(id)) continue;
      if (await readLocalFile(id)) await this.queue.add(id, 'An image');
    }
  }

  reconnected(): void {
    this.queue.pumpNow();
    for (const wake of [...this.waiting]) wake();
  }

  async blob(assetId: string, signal?: AbortSignal): Promise<Blob> {
    let wait = FIRST_WAIT_MS;
    for (;;) {
      signal?.throwIfAborted();
      const local = await readLocalFile(assetId);
      if (local) return local;
      const result = await downloadAsset(this.access, assetId, signal);
      if (result instanceof Blob) {
        this.onServer.add(assetId);
        void keepLocalFile(assetId, result);
        return result;
      }
      if (result === 401 || result === 403) {
        throw new Error(`${assetId}: the link no longer allows reading this board`);
      }
      // 404 (not uploaded yet), offline, or a server failure: ask again later.
      await pause(wait, this.waiting, signal);
      wait = Math.min(wait * WAIT_GROWTH, LAST_WAIT_MS);
    }
  }
}

/**
 * Waits `ms`, less if the browser comes back online or a member of `wakers` is called
 * (the board reconnected); rejects when `signal` aborts.
 */
function pause(ms: number, wakers: Set<() => void>, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      wakers.delete(done);
      window.removeEventListener('online', done);
      signal?.removeEventListener('abort', aborted);
    };
    const done = () => {
      cleanup();
      resolve();
    };
    const aborted = () => {
      cleanup();
      reject(signal?.reason ?? new Error('aborted'));
    };
    const timer = setTimeout(done, ms);
    wakers.add(done);
    window.addEventListener('online', done);
    signal?.addEventListener('abort', aborted);
  });
}
