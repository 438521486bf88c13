import type { LinkKind } from '@sketchroom/board-access';
import type { RoomAccess } from './room-access.ts';

/** One Yjs update to append to a room's log. */
export interface StoredUpdate {
  room: string;
  update: Uint8Array;
}

export interface RoomLog {
  /** Every stored update of the room, oldest first; applying them in any order gives the document. */
  updates: Uint8Array[];
  bytes: number;
}

/** Turns a room's rows into one snapshot update that contains all of them. */
export type Fold = (rows: readonly Uint8Array[]) => Uint8Array;

export interface CompactionResult {
  rowsBefore: number;
  rowsAfter: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * A room's document as rows of Yjs updates. Adapters must make `append` durable before its
 * promise settles (R4) and must fold rows in `compact` inside one transaction, so a crash in
 * the middle leaves either the old rows or the snapshot, never neither.
 */
export interface DocumentLog {
  load(room: string): Promise<RoomLog>;
  /** Writes a batch, possibly for many rooms, in one transaction. */
  append(batch: readonly StoredUpdate[]): Promise<void>;
  /** `fold` defaults to a fresh document; a loaded room passes its own, so memory is not doubled. */
  compact(room: string, fold?: Fold): Promise<CompactionResult>;
}

/** Which link generations of a protected room are current. */
export interface AccessRecords {
  /** The room's link generations; null for a room nobody created through the app. */
  readAccess(room: string): Promise<RoomAccess | null>;
  /** Protects a new room; false when the room already exists. */
  createAccess(room: string): Promise<boolean>;
  /** Moves a link to its next generation, revoking the tokens of the old one. */
  rotateLink(room: string, link: LinkKind): Promise<RoomAccess | null>;
}

/** Why a version was taken: on a timer or unload, by a person, before a mass delete, by a restore. */
export const VersionKind = {
  auto: 'auto',
  named: 'named',
  protective: 'protective',
  restore: 'restore',
} as const;
export type VersionKind = (typeof VersionKind)[keyof typeof VersionKind];

/** Someone who edited the board since the previous version, as their presence showed them. */
export interface VersionAuthor {
  name: string;
  color: string;
}

/** A version without its state: what a list shows. */
export interface VersionInfo {
  id: string;
  room: string;
  /** Epoch milliseconds. */
  createdAt: number;
  kind: VersionKind;
  name?: string;
  authors: VersionAuthor[];
  /** Shapes on the board at that version. */
  shapes: number;
  /** Bytes of the encoded state. */
  bytes: number;
}

/** A version with the whole encoded Yjs state of the board, independent of the update log. */
export interface StoredVersion extends VersionInfo {
  state: Uint8Array;
}

/**
 * History snapshots of boards. Each holds a full encoded state, so compacting the document log
 * can never break a version: nothing in a version refers to rows of the log.
 */
export interface VersionStore {
  saveVersion(version: StoredVersion): Promise<void>;
  /** Newest first, without states; at most `limit`. */
  listVersions(room: string, limit: number): Promise<VersionInfo[]>;
  getVersion(room: string, id: string): Promise<StoredVersion | null>;
  /** Removes the given versions of the room; returns how many were removed. */
  deleteVersions(room: string, ids: readonly string[]): Promise<number>;
  /** Removes every version not named that was taken before `before`, in every room. */
  expireVersions(before: number): Promise<number>;
  /** Rooms with automatic versions taken in [from, to), at most `limit` (for thinning). */
  roomsWithAutoVersions(from: number, to: number, limit: number): Promise<string[]>;
  /** Whether viewers may list and read the room's versions (the owner's setting; default true). */
  historyForViewers(room: string): Promise<boolean>;
  setHistoryForViewers(room: string, allowed: boolean): Promise<void>;
}

/** What the server knows of a stored image; `id` is `sha256:<64 hex>` of its bytes. */
export interface AssetInfo {
  id: string;
  mimeType: string;
  width: number;
  height: number;
  bytes: number;
}

/** How much a board owns: assets and their bytes. */
export interface AssetUsage {
  count: number;
  bytes: number;
}

/** The most one board may own: assets and their bytes together. */
export interface AssetQuota {
  maxCount: number;
  maxBytes: number;
}

/** Why an upload would pass a board's quota, with what the board owned when it was checked. */
export interface AssetQuotaRefusal {
  over: 'count' | 'bytes';
  usage: AssetUsage;
}

/** When a room came to own an asset (epoch ms); the sweep ends ownership only if it is unchanged. */
export interface AssetOwnership {
  id: string;
  ownedAt: number;
}

/**
 * Content-addressed bytes (images), stored once whatever the number of boards that own them.
 * A board owns an asset from its upload on; ownership is what lets the board read it back.
 * Bytes no board owns are removed by `deleteUnowned`, never while an upload is making an owner.
 */
export interface AssetStore {
  /**
   * Stores the bytes unless already there, and makes `room` an owner as of `at` (epoch ms).
   * With a quota, a room that does not own the asset yet becomes its owner only within it: the
   * check and the new owner are one atomic step, so uploads at once cannot pass it together.
   * Returns the refusal, or null once stored.
   */
  putAsset(
    room: string,
    info: AssetInfo,
    data: Uint8Array,
    at: number,
    quota?: AssetQuota,
  ): Promise<AssetQuotaRefusal | null>;
  /** The asset's description if `room` owns it, else null. */
  ownedAsset(room: string, id: string): Promise<AssetInfo | null>;
  /** The asset's bytes if `room` owns it, else null. */
  readAsset(room: string, id: string): Promise<{ info: AssetInfo; data: Uint8Array } | null>;
  usage(room: string): Promise<AssetUsage>;
  /** Rooms owning an asset since before `before`, in name order after `after`; at most `limit`. */
  roomsOwningBefore(before: number, after: string, limit: number): Promise<string[]>;
  /** What `room` has owned since before `before`. */
  ownedBefore(room: string, before: number): Promise<AssetOwnership[]>;
  /**
   * Ends the room's ownership of each asset whose `ownedAt` is still the one given: an upload or
   * a `renew` since the sweep looked keeps it. Returns how many ended.
   */
  disown(room: string, owned: readonly AssetOwnership[]): Promise<number>;
  /** Dates the room's existing ownership of `ids` to `at` (never makes a new owner). */
  renew(room: string, ids: readonly string[], at: number): Promise<number>;
  /** Deletes the bytes of at most `limit` assets no room owns; returns how many. */
  deleteUnowned(limit: number): Promise<number>;
  /** Distinct assets stored (each counted once, however many boards own it) and their bytes. */
  stored(): Promise<AssetUsage>;
}

/**
 * Where rooms live between loads: one part per concern, each with a SQLite and a PostgreSQL
 * implementation sharing one connection. The store answers the document log's and the access
 * records' calls itself too, so most callers need not know the parts.
 */
export interface Store extends DocumentLog, AccessRecords {
  readonly name: string;
  readonly documents: DocumentLog;
  readonly accessRecords: AccessRecords;
  readonly versions: VersionStore;
  readonly assets: AssetStore;
  /** Creates or migrates the schema; called once before the server listens. */
  init(): Promise<void>;
  /** Throws when the storage cannot be reached (for /healthz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
