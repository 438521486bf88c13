import { CloseCode } from '@sketchroom/wire';
import type { Connection } from './connection.ts';
import type { Hooks } from './hooks.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { Room, type RoomOptions } from './room.ts';
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
  hooks: Hooks;
  options: RegistryOptions;
  metrics: Metrics;
  log: Logger;
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
  /** Rooms the server itself is using (a restore, a named version): not unloaded meanwhile. */
  private readonly held = new Map<Room, number>();
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
   * Runs `fn` on the loaded room (loading it if needed) and keeps the room in memory until `fn`
   * settles; an empty room is unloaded afterwards as usual (R10).
   */
  async use<T>(name: string, fn: (room: Room) => Promise<T>): Promise<T> {
    const room = await this.acquire(name);
    this.held.set(room, (this.held.get(room) ?? 0) + 1);
    this.cancelUnload(room);
    try {
      return await fn(room);
    } finally {
      const left = this.held.get(room)! - 1;
      if (left > 0) this.held.set(room, left);
      else {
        this.held.delete(room);
        if (room.connections.size === 0 && this.rooms.get(name) === room) this.scheduleUnload(room);
      }
    }
  }

  /** The rooms loaded right now. */
  loaded(): IterableIterator<Room> {
    return this.rooms.values();
  }

  /**
   * After Redis comes back: updates other instances stored meanwhile never reached this one, so
   * every loaded room reads its rows again (Yjs skips what it already has).
   */
  resyncAll(): void {
    for (const room of this.rooms.values()) void this.resync(room);
  }

  resyncRoom(name: string): void {
    const room = this.rooms.get(name);
    if (room) void this.resync(room);
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
   * The load hooks run first (scale-out subscribes there, so nothing written meanwhile is
   * missed); then the rows are read. Both are bounded in time: storage or Redis being down
   * fails the joiners with a clear error instead of holding them forever.
   */
  private async load(name: string): Promise<Room> {
    const { store, hooks, commits, options, metrics, log } = this.context;
    const started = performance.now();
    let settle!: { resolve(room: Room): void; reject(error: unknown): void };
    const loaded = new Promise<Room>((resolve, reject) => (settle = { resolve, reject }));
    loaded.catch(() => undefined);
    try {
      await withTimeout(
        hooks.loadRoom({ room: name, loaded }),
        options.loadTimeoutMs,
        'preparing the room',
      );
      const stored = await withTimeout(store.load(name), options.loadTimeoutMs, 'reading the room');
      const room = new Room(name, stored, {
        commits,
        hooks,
        options,
        metrics,
        log,
        events: {
          onCompactionDue: (r) => void this.compact(r),
          onEmpty: (r) => this.scheduleUnload(r),
          onFailed: (r) => this.forget(r),
          onResyncDue: (r) => void this.resync(r),
        },
      });
      this.rooms.set(name, room);
      settle.resolve(room);
      const ms = Math.round(performance.now() - started);
      room.log.info({ rows: stored.updates.length, bytes: stored.bytes, ms }, 'room loaded');
      return room;
    } catch (error) {
      settle.reject(error);
      throw error;
    }
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room);
    if (this.closed || this.held.has(room)) return;
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
    await this.context.hooks.unload({ room });
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
    void this.context.hooks.unload({ room });
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
