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
}

export interface RegistryContext {
  store: Store;
  commits: CommitQueue;
  fanout: Fanout | null;
  options: RegistryOptions;
  metrics: Metrics;
  log: Logger;
  /** Another instance rotated a link of this room. */
  onRevoke(room: string): void;
}

/** Loads rooms on first use, shares them between connections, and unloads empty ones. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  private readonly compacting = new Set<Room>();
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
    if (!connection.isOpen) {
      if (room.connections.size === 0) this.scheduleUnload(room);
      return room;
    }
    this.cancelUnload(room);
    room.join(connection);
    return room;
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
      if (room) this.forget(room);
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
    if (fanout) {
      await fanout.subscribe(name, (message) => {
        if (message.kind === FanoutKind.revoke) return this.context.onRevoke(name);
        if (room) room.applyFromInstance(message);
        else held.push(message);
      });
    }
    let stored;
    try {
      stored = await store.load(name);
    } catch (error) {
      await fanout?.unsubscribe(name).catch(() => undefined);
      throw error;
    }
    room = new Room(name, stored, {
      commits,
      options,
      metrics,
      log,
      events: {
        onCompactionDue: (r) => void this.compact(r),
        onEmpty: (r) => this.scheduleUnload(r),
        publish: (r, message) => fanout?.publish(r.name, message),
      },
    });
    for (const message of held) room.applyFromInstance(message);
    this.rooms.set(name, room);
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

  private async compact(room: Room): Promise<void> {
    if (this.compacting.has(room)) return;
    this.compacting.add(room);
    try {
      const result = await this.context.store.compact(room.name);
      // rowsBefore is 0 when another instance holds the room's compaction lock.
      if (result.rowsBefore > 0) room.compacted(result.rowsAfter, result.bytesAfter);
      room.log.info(result, 'room compacted');
    } catch (error) {
      room.log.error({ err: error }, 'compaction failed');
    } finally {
      this.compacting.delete(room);
    }
  }

  /** Drops a failed room without storing anything more of it. */
  private forget(room: Room): void {
    this.cancelUnload(room);
    this.rooms.delete(room.name);
    // Its subscription stays: the next load of this room subscribes again and takes it over.
    room.destroy();
  }
}
