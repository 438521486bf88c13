import type { Store, StoredUpdate } from './store.ts';

export type AfterCommit = (error?: Error) => void;

interface Batch {
  updates: StoredUpdate[];
  callbacks: AfterCommit[];
  /** Work that must be durable before these updates are (a protective version). */
  holds: Promise<void>[];
}

/**
 * Group commit (R4): updates accepted during one event-loop tick are written in one
 * transaction, and only then are their callbacks (the relays) run, in the order queued.
 */
export class CommitQueue {
  private open: Batch | null = null;
  private inFlight: Batch | null = null;
  /** The last write's error, cleared by the next write that succeeds (for /healthz). */
  lastFailure: Error | null = null;

  constructor(
    private readonly store: Store,
    private readonly onWritten: (seconds: number) => void = () => undefined,
  ) {}

  /**
   * `hold`, when given, must settle before the batch is written; if it fails, the batch fails
   * as a failed write would (its rooms close with 1011 and nothing of it is relayed).
   */
  enqueue(room: string, update: Uint8Array, afterCommit: AfterCommit, hold?: Promise<void>): void {
    const batch = this.openBatch();
    batch.updates.push({ room, update });
    batch.callbacks.push(afterCommit);
    if (hold) {
      // Its failure is handled when the batch is written, maybe a tick after it happens.
      hold.catch(() => undefined);
      batch.holds.push(hold);
    }
  }

  /** Runs `fn` once everything queued so far is durable; at once when nothing is pending. */
  whenCommitted(fn: AfterCommit): void {
    const batch = this.open ?? this.inFlight;
    if (batch) batch.callbacks.push(fn);
    else fn();
  }

  /** Resolves when every queued update has been written (or failed). */
  flush(): Promise<void> {
    if (!this.open && !this.inFlight) return Promise.resolve();
    return new Promise((resolve) => this.whenCommitted(() => resolve()));
  }

  get pending(): number {
    return (this.open?.updates.length ?? 0) + (this.inFlight?.updates.length ?? 0);
  }

  private openBatch(): Batch {
    if (!this.open) {
      this.open = { updates: [], callbacks: [], holds: [] };
      if (!this.inFlight) setImmediate(() => void this.write());
    }
    return this.open;
  }

  private async write(): Promise<void> {
    const batch = this.open;
    if (!batch) return;
    this.open = null;
    this.inFlight = batch;
    let failure: Error | undefined;
    const started = performance.now();
    try {
      if (batch.holds.length > 0) await Promise.all(batch.holds);
      await this.store.append(batch.updates);
      this.onWritten((performance.now() - started) / 1000);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
    }
    this.lastFailure = failure ?? null;
    this.inFlight = null;
    for (const callback of batch.callbacks) callback(failure);
    // A batch that filled up while this one was being written goes next, in order.
    if (this.open) setImmediate(() => void this.write());
  }
}
