import type { Connection } from './connection.ts';
import type { Logger } from './logger.ts';
import { Room, type RoomOptions } from './room.ts';
import type { CommitQueue } from './storage/commit-queue.ts';
import type { Store } from './storage/store.ts';

export interface RegistryOptions extends RoomOptions {
  /** How long an empty room stays loaded in case someone comes back (R10). */
  unloadDelayMs: number;
}

/** Loads rooms on first use, shares them between connections, and unloads empty ones. */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly unloading = new Map<string, Promise<void>>();
  private readonly unloadTimers = new Map<Room, NodeJS.Timeout>();
  private readonly compacting = new Set<Room>();
  private closed = false;

  constructor(
    private readonly store: Store,
    private readonly commits: CommitQueue,
    private readonly options: RegistryOptions,
    private readonly log: Logger,
  ) {}

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

  private async load(name: string): Promise<Room> {
    const started = performance.now();
    const stored = await this.store.load(name);
    const room = new Room(
      name,
      stored,
      this.commits,
      this.options,
      {
        onCompactionDue: (r) => void this.compact(r),
        onEmpty: (r) => this.scheduleUnload(r),
      },
      this.log,
    );
    this.rooms.set(name, room);
    room.log.info(
      {
        rows: stored.updates.length,
        bytes: stored.bytes,
        ms: Math.round(performance.now() - started),
      },
      'room loaded',
    );
    return room;
  }

  private scheduleUnload(room: Room): void {
    this.cancelUnload(room);
    if (this.closed) return;
    const timer = setTimeout(() => void this.unload(room), this.options.unloadDelayMs);
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
    await this.commits.flush();
    if (!room.isFailed && room.storedRows > 1) await this.compact(room);
  }

  private async compact(room: Room): Promise<void> {
    if (this.compacting.has(room)) return;
    this.compacting.add(room);
    try {
      const result = await this.store.compact(room.name);
      room.compacted(result.rowsAfter, result.bytesAfter);
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
    room.destroy();
  }
}
