import * as Y from 'yjs';

/**
 * Why a transaction happened. The value is the Yjs transaction origin itself, so
 * the undo manager can track `Origin.local` by value (strings compare by value
 * in its `trackedOrigins` set).
 */
export const Origin = {
  /** The user edited the board here: the only undoable origin. */
  local: 'local',
  /** An update from a peer, applied by the sync layer. */
  remote: 'remote',
  /** Undo or redo. Yjs runs these with the undo manager as origin; see originName. */
  undo: 'undo',
  /** State read from storage (IndexedDB copy, server snapshot). */
  load: 'load',
  /** Shapes brought in from a file or another board. */
  import: 'import',
} as const;

export type OriginName = keyof typeof Origin;

/** Every write to a board's Y.Doc goes through here, labelled with why it happened. */
export function transact(doc: Y.Doc, origin: OriginName, fn: () => void): void {
  doc.transact(fn, Origin[origin]);
}

/** Names a transaction's origin; null for origins from outside this package (a provider). */
export function originName(origin: unknown): OriginName | null {
  if (origin instanceof Y.UndoManager) return 'undo';
  if (typeof origin === 'string' && Object.hasOwn(Origin, origin)) return origin as OriginName;
  return null;
}

/** True when the transaction was made by this client, not received from elsewhere. */
export function isLocalTransaction(transaction: Y.Transaction): boolean {
  const name = originName(transaction.origin);
  return transaction.local && name !== 'remote' && name !== 'load';
}
