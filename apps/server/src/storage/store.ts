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

/** History snapshots of boards, with their authors. A seam only: version history fills it in. */
export type VersionStore = Record<never, never>;

/** Content-addressed bytes (images). A seam only: image upload fills it in. */
export type AssetStore = Record<never, never>;

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
