import { CloseCode } from '@sketchroom/wire';
import type { Connection } from './connection.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { Room, type RoomOptions } from './room.ts';
import { FanoutKind, type Fanout, type FanoutMessage } from './scale/fanout.ts';
import type { CommitQueue } from './storage/commit-queue.ts';
import type { Store } from './storage/store.ts';

export interface RegistryOptions extends RoomOptions {
  /** How long an empty room stays loaded in case someone comes back (R10). */
  unloadDelayMs: number;
  /** A room that takes longer to load (storage or Redis down) fails its joiners. */
  loadTimeoutMs: number;
}

export interface RegistryContext {
  store: Store;
  commits: CommitQueue;
  fanout: Fanout | null;
  options: RegistryOptions;
  metrics: Metrics;
  log: Logger;
  /** Another instance rotated a link of this room; resolves once old tokens are cut here. */
  onRevoke(room: string): Promise<void>;
  /**
   * Checked once the room is loaded (and subscribed to revocations), before the connection
   * joins: false when its link was revoked while it was being let in.
   */
  admit(connection: Connection): Promise<boolean>;
}

/** Loads rooms on first use, shares them between connections, and unloads empty ones. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  private readonly compacting = new Set<Room>();
  private readonly resyncing = new Set<Room>();
  private closed = false;

  constructor(private readonly context: RegistryContext) {}

  get size(): number {
    return this.rooms.size;
  }

  get(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  isLoaded(name: string): boolean {
    return this.rooms.has(name) || this.loading.has(name);
  }

  /** R2: the connection joins only once the room is fully loaded. */
  async join(name: string, connection: Connection): Promise<Room> {
    const room = await this.acquire(name);
    const admitted = connection.isOpen && (await this.context.admit(connection));
    if (!admitted || !connection.isOpen || room.isFailed) {
      if (!admitted) connection.fail(CloseCode.linkRevoked, 'link revoked');
      if (room.connections.size === 0 && this.rooms.get(name) === room) this.scheduleUnload(room);
      return room;
    }
    this.cancelUnload(room);
    room.join(connection);
    return room;
  }

  /**
   * After Redis comes back: updates other instances stored meanwhile never reached this one, so
   * every loaded room reads its rows again (Yjs skips what it already has).
   */
  resyncAll(): void {
    for (const room of this.rooms.values()) void this.resync(room);
  }

  /** Flushes, compacts and unloads every room (R11). */
  async closeAll(): Promise<void> {
    this.closed = true;
    await Promise.allSettled([...this.loading.values()]);
    await Promise.all([...this.rooms.values()].map((room) => this.unload(room)));
    await Promise.all([...this.unloading.values()]);
  }

  private async acquire(name: string): Promise<Room> {
    for (;;) {
      const room = this.rooms.get(name);
      if (room && !room.isFailed) return room;
      const unloading = this.unloading.get(name);
      if (unloading) {
        await unloading;
        continue;
      }
      let loading = this.loading.get(name);
      if (!loading) {
        loading = this.load(name).finally(() => this.loading.delete(name));
        this.loading.set(name, loading);
      }
      return loading;
    }
  }

  /**
   * Subscribes before reading storage, so nothing another instance writes meanwhile is missed:
   * it is either in the rows read or in a message held until the room exists (Yjs updates are
   * idempotent, so both is fine).
   */
  private async load(name: string): Promise<Room> {
    const { store, fanout, commits, options, metrics, log } = this.context;
    const started = performance.now();
    let room: Room | null = null;
    const held: FanoutMessage[] = [];
    let heldBytes = 0;
    let missedSome = false;
    if (fanout) {
      const subscribed = fanout.subscribe(name, (message) => {
        if (message.kind === FanoutKind.revoke) return this.context.onRevoke(name);
        if (room) return room.applyFromInstance(message);
        // Held messages are bounded too; dropped ones are in storage, read again once loaded.
        heldBytes += message.payload.byteLength;
        if (heldBytes <= options.maxPendingBytes) held.push(message);
        else missedSome = true;
        return undefined;
      });
      await withTimeout(subscribed, options.loadTimeoutMs, 'subscribing on Redis').catch(
        async (error: unknown) => {
          await fanout.unsubscribe(name).catch(() => undefined);
          throw error;
        },
      );
    }
    let stored;
    try {
      stored = await withTimeout(store.load(name), options.loadTimeoutMs, 'reading the room');
      room = new Room(name, stored, {
        commits,
        options,
        metrics,
        log,
        events: {
          onCompactionDue: (r) => void this.compact(r),
          onEmpty: (r) => this.scheduleUnload(r),
          onFailed: (r) => this.forget(r),
          onResyncDue: (r) => void this.resync(r),
          publish: (r, message) => fanout?.publish(r.name, message),
        },
      });
    } catch (error) {
      await fanout?.unsubscribe(name).catch(() => undefined);
      throw error;
    }
    for (const message of held) room.applyFromInstance(message);
    this.rooms.set(name, room);
    if (missedSome) void this.resync(room);
    const ms = Math.round(performance.now() - started);
    room.log.info({ rows: stored.updates.length, bytes: stored.bytes, ms }, 'room loaded');
    return room;
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room);
    if (this.closed) return;
    const timer = setTimeout(() => void this.unload(room), this.context.options.unloadDelayMs);
    this.unloadTimers.set(room, timer);
  }

  private cancelUnload(room: Room): void {
    clearTimeout(this.unloadTimers.get(room));
    this.unloadTimers.delete(room);
  }

  private unload(room: Room): Promise<void> {
    this.cancelUnload(room);
    if (this.rooms.get(room.name) !== room) return Promise.resolve();
    this.rooms.delete(room.name);
    const done = this.flushAndCompact(room)
      .catch((error: unknown) => room.log.error({ err: error }, 'unload compaction failed'))
      .finally(() => {
        room.destroy();
        this.unloading.delete(room.name);
        room.log.info('room unloaded');
      });
    this.unloading.set(room.name, done);
    return done;
  }

  private async flushAndCompact(room: Room): Promise<void> {
    await this.context.fanout?.unsubscribe(room.name).catch(() => undefined);
    await this.context.commits.flush();
    if (!room.isFailed && room.storedRows > 1) await this.compact(room);
  }

  /** Reads the room's rows again, for updates this instance missed; see resyncAll. */
  private async resync(room: Room): Promise<void> {
    if (this.resyncing.has(room)) return;
    this.resyncing.add(room);
    try {
      const stored = await this.context.store.load(room.name);
      if (this.rooms.get(room.name) !== room) return;
      for (const update of stored.updates) room.applyStored(update);
      // Whatever still waits depends on something storage does not have either.
      room.dropStalePending();
      room.log.info({ rows: stored.updates.length }, 'room resynchronised from storage');
    } catch (error) {
      room.log.error({ err: error }, 'resynchronising from storage failed');
    } finally {
      this.resyncing.delete(room);
    }
  }

  private async compact(room: Room): Promise<void> {
    if (this.compacting.has(room) || room.isFailed) return;
    this.compacting.add(room);
    try {
      // The room's own document folds the rows: no second copy of a large board in memory.
      const result = await this.context.store.compact(room.name, (rows) => room.foldInto(rows));
      // rowsBefore is 0 when another instance holds the room's compaction lock.
      if (result.rowsBefore > 0) room.compacted(result.rowsAfter, result.bytesAfter);
      room.log.info(result, 'room compacted');
    } catch (error) {
      room.log.error({ err: error }, 'compaction failed');
    } finally {
      this.compacting.delete(room);
    }
  }

  /** Drops a failed room without storing anything more of it; the next join loads it afresh. */
  private forget(room: Room): void {
    if (this.rooms.get(room.name) !== room) return;
    this.cancelUnload(room);
    this.rooms.delete(room.name);
    // Unsubscribing now goes to Redis before any later load of this room subscribes again.
    void this.context.fanout?.unsubscribe(room.name).catch(() => undefined);
    // It may be failing from inside one of its own document's events: destroy it afterwards.
    setImmediate(() => room.destroy());
  }
}

/** Rejects with a clear message when `promise` takes longer than `ms`. */
function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
