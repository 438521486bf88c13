import type * as Y from 'yjs';
import type { Logger } from '../logger.ts';
import type { Store } from '../storage/store.ts';
import { assetsUsedBy, assetsUsedByState } from './asset-references.ts';

export interface AssetSweepSettings {
  /** An ownership younger than this is never ended: the shape may not have arrived yet. */
  graceMs: number;
  /** The document of a room loaded on this instance, or null (it is read from storage then). */
  loadedDoc(room: string): Y.Doc | null;
}

export interface AssetSweepResult {
  rooms: number;
  disowned: number;
  deleted: number;
}

/** Boards one run looks at; the next run goes on after the last one. */
const ROOMS_PER_RUN = 200;
/** Assets whose bytes one run deletes at most. */
const DELETES_PER_RUN = 1_000;
/** A board with more kept versions than this keeps all its images (reading them all costs too much). */
const MAX_VERSIONS_READ = 500;

/**
 * Removes images nobody can see any more: a board's ownership of an image ends once the grace
 * period has passed and neither a shape of the live board nor a kept version of it uses the
 * image; then bytes no board owns are deleted. Every instance may run it: each step is safe to
 * repeat and to race (see the stores).
 */
export class AssetSweep {
  private cursor = '';
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly settings: AssetSweepSettings,
    private readonly log: Logger,
  ) {}

  /** One bounded run; runs queue behind each other. */
  sweep(now: number): Promise<AssetSweepResult> {
    const run = this.running.then(() => this.run(now));
    this.running = run.catch(() => undefined);
    return run;
  }

  private async run(now: number): Promise<AssetSweepResult> {
    // Ownerships exactly the grace period old are due too (with no grace, at once).
    const before = now - this.settings.graceMs + 1;
    const { assets } = this.store;
    const rooms = await assets.roomsOwningBefore(before, this.cursor, ROOMS_PER_RUN);
    this.cursor = rooms.length < ROOMS_PER_RUN ? '' : rooms.at(-1)!;
    let disowned = 0;
    for (const room of rooms) {
      const owned = await assets.ownedBefore(room, before);
      const unused = new Set(await this.unused(room, new Set(owned.map((row) => row.id))));
      // Only ownerships still dated as read: an upload or a renewal since then keeps the image.
      const orphans = owned.filter((row) => unused.has(row.id));
      if (orphans.length > 0) disowned += await assets.disown(room, orphans);
    }
    const deleted = await assets.deleteUnowned(DELETES_PER_RUN);
    if (disowned > 0 || deleted > 0)
      this.log.info({ rooms: rooms.length, disowned, deleted }, 'unused images swept');
    return { rooms: rooms.length, disowned, deleted };
  }

  /** Which of `candidates` neither the live board nor any kept version of it uses. */
  private async unused(room: string, candidates: Set<string>): Promise<string[]> {
    const drop = (used: Set<string>) => used.forEach((id) => candidates.delete(id));
    const doc = this.settings.loadedDoc(room);
    if (doc) drop(assetsUsedBy(doc));
    if (candidates.size === 0) return [];
    // Storage too, even for a loaded room: it holds what other instances wrote (R4) before
    // their messages reach this one.
    drop(assetsUsedByState((await this.store.load(room)).updates));
    if (candidates.size === 0) return [];
    const versions = await this.store.versions.listVersions(room, MAX_VERSIONS_READ + 1);
    if (versions.length > MAX_VERSIONS_READ) {
      this.log.warn(
        { versions: versions.length },
        'image sweep skipped a board with many versions',
      );
      return [];
    }
    for (const info of versions) {
      const version = await this.store.versions.getVersion(room, info.id);
      if (version) drop(assetsUsedByState([version.state]));
      if (candidates.size === 0) return [];
    }
    return [...candidates];
  }
}
