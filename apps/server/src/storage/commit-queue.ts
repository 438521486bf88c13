import type { Store, StoredUpdate } from './store.ts';

export type AfterCommit = (error?: Error) => void;

interface Batch {
  updates: StoredUpdate[];
  callbacks: AfterCommit[];
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

  enqueue(room: string, update: Uint8Array, afterCommit: AfterCommit): void {
    const batch = this.openBatch();
    batch.updates.push({ room, update });
    batch.callbacks.push(afterCommit);
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
      this.open = { updates: [], callbacks: [] };
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
