import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import type { BeforeApplyPayload, ChangePayload, HookRoom } from '../hooks.ts';
import { TokenBucket } from '../limits/token-bucket.ts';
import type { Logger } from '../logger.ts';
import type { StoredVersion, VersionInfo, VersionKind, VersionStore } from '../storage/store.ts';
import { AuthorList } from './authors.ts';
import { countDeletedShapes, SHAPES } from './deleted-shapes.ts';
import { DAY_MS, versionsToRemove, WEEK_MS } from './retention.ts';

export interface HistorySettings {
  /** At most one automatic version per this much time of activity in a room. */
  intervalMs: number;
  /** Versions that are not named are removed once older than this. */
  retentionMs: number;
  now: () => number;
}

/** A delete of more shapes than this at once, or of more than half of them, is a mass delete. */
export const MASS_DELETE_SHAPES = 200;
/** Protective versions one room may take per hour (a burst of this many, refilled over the hour). */
const PROTECTIVE_PER_HOUR = 12;
/** Versions retention looks at per room (named ones included). */
const RETENTION_SCAN = 100_000;
/** Rooms one sweep thins at most, per age threshold; the next sweep goes on. */
const SWEEP_ROOMS = 10_000;

/** One loaded room's history: what changed since its last version, and who changed it. */
interface RoomHistory {
  lastVersionAt: number;
  /** Changed since the last version taken while loaded (or since it was loaded). */
  dirty: boolean;
  /** A version of the current state exists (taken since the room was loaded). */
  savedSinceLoad: boolean;
  autoQueued: boolean;
  authors: AuthorList;
  protective: TokenBucket;
}

export const newVersionId = () => randomBytes(12).toString('base64url');

/**
 * Versions of the rooms this instance has loaded: automatic ones while a room is edited and
 * when it unloads after changes, protective ones before a mass delete, and named and restore
 * ones on request. Every version is the whole encoded state, taken synchronously from the
 * room's document, so it is exactly what the room held at that moment.
 */
export class VersionHistory {
  private readonly rooms = new Map<string, RoomHistory>();
  private lastSweepAt: number | null = null;

  constructor(
    private readonly store: VersionStore,
    private readonly settings: HistorySettings,
    private readonly log: Logger,
    /** Whether `room` is still the loaded room of its name. */
    private readonly isLoaded: (room: HookRoom) => boolean,
  ) {}

  roomLoaded(name: string): void {
    this.rooms.set(name, this.fresh());
  }

  /** R10: a room that changed since its last version gets one as it unloads; then retention. */
  async roomUnloading(room: HookRoom): Promise<void> {
    const history = this.rooms.get(room.name);
    this.rooms.delete(room.name);
    if (history?.dirty && !room.isFailed) await this.save(room, 'auto', undefined, history);
    await this.applyRetention(room.name);
  }

  /** Hot path: marks the room changed, notes the writer, and takes a version when one is due. */
  changed({ room, kind, fromInstance, connection }: ChangePayload): void {
    if (kind !== 'update' || fromInstance) return;
    const history = this.historyOf(room.name);
    history.dirty = true;
    if (connection) history.authors.noteWriter(room.presence.awareness, connection);
    if (this.isDue(history) && !history.autoQueued) {
      history.autoQueued = true;
      // Outside the document's update event, once this tick's edits are in.
      setImmediate(() => {
        history.autoQueued = false;
        if (this.isDue(history) && this.isLoaded(room)) void this.saveLogged(room, 'auto');
      });
    }
  }

  /**
   * Before an update that deletes a large share of the board is applied, the state it deletes
   * from is saved; the update is written only once that version is (R4 holds for it too).
   */
  beforeApply({ room, connection, deletes }: BeforeApplyPayload): Promise<void> | undefined {
    if (deletes.length === 0) return undefined;
    const removed = countDeletedShapes(room.doc, deletes);
    if (removed === 0) return undefined;
    const total = removed > MASS_DELETE_SHAPES ? null : room.doc.getMap(SHAPES).size;
    if (total !== null && removed * 2 <= total) return undefined;
    const history = this.historyOf(room.name);
    if (!history.dirty && history.savedSinceLoad) return undefined;
    if (!history.protective.take()) {
      connection.log.warn({ removed }, 'mass delete without a protective version: limit reached');
      return undefined;
    }
    connection.log.info({ removed, shapes: total ?? undefined }, 'mass delete: protective version');
    return this.save(room, 'protective').then(() => undefined);
  }

  /** Takes a version of the room's current state; the state is read before this returns. */
  save(
    room: HookRoom,
    kind: VersionKind,
    name?: string,
    history = this.historyOf(room.name),
  ): Promise<VersionInfo> {
    const now = this.settings.now();
    const state = Y.encodeStateAsUpdate(room.doc);
    const version: StoredVersion = {
      id: newVersionId(),
      room: room.name,
      createdAt: now,
      kind,
      ...(name !== undefined && { name }),
      authors: history.authors.take(room.presence.awareness),
      shapes: room.doc.getMap(SHAPES).size,
      bytes: state.byteLength,
      state,
    };
    const wasDirty = history.dirty;
    history.dirty = false;
    history.lastVersionAt = now;
    return this.store.saveVersion(version).then(
      () => {
        history.savedSinceLoad = true;
        return withoutState(version);
      },
      (error: unknown) => {
        history.dirty ||= wasDirty;
        throw error;
      },
    );
  }

  /** Automatic versions due in loaded rooms (edits that stopped while people stay connected). */
  async tick(rooms: Iterable<HookRoom>): Promise<void> {
    for (const room of rooms) {
      const history = this.rooms.get(room.name);
      if (history?.dirty && this.isDue(history) && !room.isFailed)
        await this.saveLogged(room, 'auto');
    }
  }

  /**
   * Retention everywhere: expiry in one statement, then thinning for the loaded rooms and for
   * every room with automatic versions that turned a day or a week old since the last sweep (the
   * first sweep looks back over the whole retention), so boards nobody opens are thinned too.
   */
  async sweep(loaded: Iterable<HookRoom>): Promise<void> {
    const now = this.settings.now();
    const expired = await this.store.expireVersions(now - this.settings.retentionMs);
    if (expired > 0) this.log.info({ expired }, 'expired versions removed');
    const since = this.lastSweepAt ?? now - this.settings.retentionMs;
    const due = new Set([...loaded].map((room) => room.name));
    for (const age of [DAY_MS, WEEK_MS]) {
      for (const room of await this.store.roomsWithAutoVersions(
        since - age,
        now - age,
        SWEEP_ROOMS,
      ))
        due.add(room);
    }
    this.lastSweepAt = now;
    let removed = 0;
    for (const room of due) removed += await this.applyRetention(room);
    if (removed > 0) this.log.info({ removed, rooms: due.size }, 'versions thinned');
  }

  async applyRetention(room: string): Promise<number> {
    const versions = await this.store.listVersions(room, RETENTION_SCAN);
    const remove = versionsToRemove(versions, this.settings.now(), this.settings.retentionMs);
    return this.store.deleteVersions(room, remove);
  }

  private saveLogged(room: HookRoom, kind: VersionKind): Promise<void> {
    return this.save(room, kind).then(
      () => undefined,
      (error: unknown) => this.log.error({ err: error, kind }, 'saving a version failed'),
    );
  }

  private isDue(history: RoomHistory): boolean {
    return this.settings.now() - history.lastVersionAt >= this.settings.intervalMs;
  }

  private historyOf(name: string): RoomHistory {
    let history = this.rooms.get(name);
    if (!history) this.rooms.set(name, (history = this.fresh()));
    return history;
  }

  private fresh(): RoomHistory {
    return {
      lastVersionAt: this.settings.now(),
      dirty: false,
      savedSinceLoad: false,
      autoQueued: false,
      authors: new AuthorList(),
      protective: new TokenBucket(PROTECTIVE_PER_HOUR / 3600, PROTECTIVE_PER_HOUR),
    };
  }
}

function withoutState(version: StoredVersion): VersionInfo {
  const info: Partial<StoredVersion> = { ...version };
  delete info.state;
  return info as VersionInfo;
}
