import { uploadAsset, type AssetAccess, type UploadResult } from './asset-api.ts';
import {
  addPendingUpload,
  pendingUploads,
  readLocalFile,
  removePendingUpload,
  type PendingUpload,
} from './local-assets.ts';

const FIRST_RETRY_MS = 1000;
const LAST_RETRY_MS = 10_000;
/** A 429 (too many uploads a minute) is waited out this often before the file is refused. */
const RATE_LIMIT_TRIES = 3;

export interface UploadEvents {
  /** The server will never take this file (not an image, too big, over a quota). */
  refused(upload: PendingUpload, status: number): void;
  uploaded?(upload: PendingUpload): void;
}

/** What the queue works with: the server, the local copy and the browser's online event. */
export interface UploadDeps {
  upload(blob: Blob): Promise<UploadResult>;
  readFile(assetId: string): Promise<Blob | null>;
  savePending(upload: PendingUpload): Promise<void>;
  removePending(roomId: string, assetId: string): Promise<void>;
  listPending(roomId: string): Promise<PendingUpload[]>;
  onOnline(listener: () => void): () => void;
}

export function browserUploadDeps(access: AssetAccess): UploadDeps {
  return {
    upload: (blob) => uploadAsset(access, blob),
    readFile: readLocalFile,
    savePending: addPendingUpload,
    removePending: removePendingUpload,
    listPending: pendingUploads,
    onOnline(listener) {
      window.addEventListener('online', listener);
      return () => window.removeEventListener('online', listener);
    },
  };
}

/**
 * The uploads a board is owed, one at a time, kept in IndexedDB until the server has them:
 * retried with backoff while offline or the server fails, at once when the browser is back
 * online, and on the next open of the board after a reload.
 */
export class UploadQueue {
  private readonly queued = new Map<string, PendingUpload>();
  private readonly rateLimited = new Map<string, number>();
  private running = false;
  private again = false;
  private retryDelay = FIRST_RETRY_MS;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private stopped = false;
  /** A 401/403: this token may not upload, so nothing is sent until the board is reopened. */
  private forbidden = false;

  constructor(
    private readonly roomId: string,
    private readonly events: UploadEvents,
    private readonly deps: UploadDeps,
  ) {}

  /** Picks up what earlier visits left and retries when the network returns. */
  start(): () => void {
    const stopListening = this.deps.onOnline(() => this.pumpNow());
    void this.deps.listPending(this.roomId).then((left) => {
      for (const upload of left) this.queued.set(upload.assetId, upload);
      this.pump();
    });
    return () => {
      this.stopped = true;
      stopListening();
      if (this.retryTimer) clearTimeout(this.retryTimer);
    };
  }

  /** Owes the server this file (its bytes must already be in the local copy). */
  async add(assetId: string, name: string): Promise<void> {
    const upload = { roomId: this.roomId, assetId, name };
    this.queued.set(assetId, upload);
    await this.deps.savePending(upload);
    this.pumpNow();
  }

  get size(): number {
    return this.queued.size;
  }

  /** Tries now instead of waiting out the backoff (back online, reconnected). */
  pumpNow(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.retryDelay = FIRST_RETRY_MS;
    this.pump();
  }

  private pump(): void {
    if (this.stopped || this.forbidden) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.drain().finally(() => {
      this.running = false;
      if (this.again) {
        this.again = false;
        this.pump();
      }
    });
  }

  private async drain(): Promise<void> {
    for (const upload of [...this.queued.values()]) {
      if (this.stopped || this.retryTimer) return;
      const blob = await this.deps.readFile(upload.assetId);
      if (!blob) {
        // The bytes are gone (storage cleared): nothing left to send.
        await this.forget(upload);
        continue;
      }
      const result = await this.deps.upload(blob);
      if (result.ok) {
        this.retryDelay = FIRST_RETRY_MS;
        await this.forget(upload);
        this.events.uploaded?.(upload);
        continue;
      }
      const { status, retryAfterMs } = result;
      if (status === 401 || status === 403) {
        this.forbidden = true;
        return;
      }
      if (status === 429) {
        const tries = (this.rateLimited.get(upload.assetId) ?? 0) + 1;
        this.rateLimited.set(upload.assetId, tries);
        if (tries < RATE_LIMIT_TRIES) return this.retryLater(retryAfterMs);
      }
      if (status !== null && status >= 400 && status < 500 && status !== 408) {
        await this.forget(upload);
        this.events.refused(upload, status);
        continue;
      }
      // Offline or a server failure: the same file waits, and so does everything after it.
      return this.retryLater(retryAfterMs);
    }
  }

  private retryLater(atLeastMs: number | null): void {
    const delay = Math.max(this.retryDelay, atLeastMs ?? 0);
    this.retryDelay = Math.min(this.retryDelay * 2, LAST_RETRY_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.pump();
    }, delay);
  }

  private async forget(upload: PendingUpload): Promise<void> {
    this.queued.delete(upload.assetId);
    this.rateLimited.delete(upload.assetId);
    await this.deps.removePending(upload.roomId, upload.assetId);
  }
}
