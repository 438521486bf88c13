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

export interface CompactionResult {
  rowsBefore: number;
  rowsAfter: number;
  bytesBefore: number;
  bytesAfter: number;
}

/**
 * Where rooms live between loads. Adapters must make `append` durable before its promise
 * settles (R4) and must fold rows in `compact` inside one transaction, so a crash in the
 * middle leaves either the old rows or the snapshot, never neither.
 */
export interface Store {
  readonly name: string;
  load(room: string): Promise<RoomLog>;
  /** Writes a batch, possibly for many rooms, in one transaction. */
  append(batch: readonly StoredUpdate[]): Promise<void>;
  compact(room: string): Promise<CompactionResult>;
  close(): Promise<void>;
}
