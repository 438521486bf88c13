import { BoardDoc } from '@sketchroom/board-yjs';
import * as Y from 'yjs';
import { RESTORE_ORIGIN } from '../origins.ts';
import type { RoomRegistry } from '../room-registry.ts';
import type { CommitQueue } from '../storage/commit-queue.ts';
import type { VersionInfo, VersionStore } from '../storage/store.ts';
import { restoreInto } from './restore.ts';
import type { VersionHistory } from './version-history.ts';

/** Versions a list returns at most, newest first. */
export const LIST_LIMIT = 1_000;
/** Exported versions kept ready: versions never change, and building one costs a document. */
const CACHE_ENTRIES = 16;
const CACHE_BYTES = 32 * 1024 * 1024;

export interface Restored {
  /** The version of the board just before the restore: restoring it undoes the restore. */
  protective: VersionInfo;
  /** The board right after the restore. */
  version: VersionInfo;
}

/** What the versions API does with a board's history. */
export class BoardVersions {
  private readonly exports = new Map<string, string>();
  private exportBytes = 0;

  constructor(
    private readonly store: VersionStore,
    private readonly history: VersionHistory,
    private readonly rooms: () => RoomRegistry,
    private readonly commits: CommitQueue,
  ) {}

  list(room: string): Promise<VersionInfo[]> {
    return this.store.listVersions(room, LIST_LIMIT);
  }

  /** A named version of the board as it is now (loading it if nobody has it open). */
  name(room: string, name: string): Promise<VersionInfo> {
    return this.rooms().use(room, (loaded) => this.history.save(loaded, 'named', name));
  }

  /**
   * Makes the live board equal to a version, as an ordinary update through the room's write
   * path (stored, then relayed: R4), between a protective version and a restore version.
   * Null when the room has no such version.
   */
  async restore(room: string, id: string): Promise<Restored | null> {
    const target = await this.store.getVersion(room, id);
    if (!target) return null;
    return this.rooms().use(room, async (loaded) => {
      const protective = await this.history.save(loaded, 'protective');
      restoreInto(loaded.doc, target.state, RESTORE_ORIGIN);
      // Taken at once, so no automatic version of the same state slips in while it is stored.
      const version = this.history.save(loaded, 'restore');
      version.catch(() => undefined);
      await this.commits.flush();
      if (loaded.isFailed) throw new Error('the room failed while restoring');
      return { protective, version: await version };
    });
  }

  /** The cached JSON text of a version, if it was built recently. */
  cachedExport(room: string, id: string): string | undefined {
    const key = `${room}\u0000${id}`;
    const text = this.exports.get(key);
    if (text !== undefined) {
      this.exports.delete(key);
      this.exports.set(key, text);
    }
    return text;
  }

  /** The board at a version in the app's JSON export format (plus its title); null if unknown. */
  async buildExport(room: string, id: string): Promise<string | null> {
    const version = await this.store.getVersion(room, id);
    if (!version) return null;
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, version.state);
      const board = new BoardDoc(doc);
      const text = JSON.stringify({ ...board.exportJson(), title: board.getTitle() });
      board.destroy();
      this.remember(`${room}\u0000${id}`, text);
      return text;
    } finally {
      doc.destroy();
    }
  }

  private remember(key: string, text: string): void {
    if (text.length > CACHE_BYTES / 2) return;
    const previous = this.exports.get(key);
    if (previous !== undefined) this.exportBytes -= previous.length;
    this.exports.delete(key);
    this.exports.set(key, text);
    this.exportBytes += text.length;
    for (const [oldest, old] of this.exports) {
      if (this.exports.size <= CACHE_ENTRIES && this.exportBytes <= CACHE_BYTES) break;
      this.exports.delete(oldest);
      this.exportBytes -= old.length;
    }
  }
}
