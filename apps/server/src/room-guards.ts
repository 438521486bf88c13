import * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from './connection.ts';
import type { AwarenessEntry } from '@sketchroom/wire';

/** Bytes Yjs holds back because their dependencies have not arrived; a hostile client can grow it. */
export function pendingBytes(doc: Y.Doc): number {
  return (
    (doc.store.pendingStructs?.update.byteLength ?? 0) + (doc.store.pendingDs?.byteLength ?? 0)
  );
}

/** Forgets updates still waiting for dependencies; they were never stored or relayed. */
export function dropPending(doc: Y.Doc): void {
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
}

/** Whether applying this entry would change the room's presence (y-protocols' own rule). */
function changesState(awareness: Awareness, { clientId, clock, state }: AwarenessEntry): boolean {
  const current = awareness.meta.get(clientId)?.clock ?? -1;
  return current < clock || (current === clock && state === null && awareness.states.has(clientId));
}

export interface AwarenessScreening {
  /** Entries this connection may apply. */
  accepted: AwarenessEntry[];
  /** Connections whose entries it tried to change: the owner may be a dead socket of the same person. */
  contested: Set<Connection>;
  /** Set when the connection claims more ids than allowed; it is then closed. */
  violation: string | null;
}

/**
 * Sorts a connection's awareness entries. It may change only its own entries (no spoofing), and
 * claim only a few ids. Entries owned by another connection are left out rather than refused:
 * a person who reconnects after a network drop shares an id with their own not-yet-dead socket.
 * Stock clients also echo everyone's presence back unchanged; such echoes change nothing.
 */
export function screenAwareness(
  connection: Connection,
  entries: readonly AwarenessEntry[],
  awareness: Awareness,
  owners: ReadonlyMap<number, Connection | string>,
  maxIdsPerConnection: number,
): AwarenessScreening {
  const claimed = new Set(connection.clientIds);
  const accepted: AwarenessEntry[] = [];
  const contested = new Set<Connection>();
  for (const entry of entries) {
    if (!changesState(awareness, entry)) continue;
    const owner = owners.get(entry.clientId);
    if (owner && owner !== connection) {
      // A connection here may be a dead socket worth probing; another instance's user is not ours to test.
      if (typeof owner === 'object') contested.add(owner);
      continue;
    }
    if (entry.state !== null) claimed.add(entry.clientId);
    accepted.push(entry);
  }
  const violation =
    claimed.size > maxIdsPerConnection
      ? `more than ${maxIdsPerConnection} awareness client ids`
      : null;
  return { accepted, contested, violation };
}

/** Structs in the document's store: what one room costs in memory, roughly 300–700 bytes each. */
export function countStructs(doc: Y.Doc): number {
  let count = 0;
  for (const structs of doc.store.clients.values()) count += structs.length;
  return count;
}

/** Shared types in the document (root types included); each costs about twice a plain struct. */
export function countTypes(doc: Y.Doc): number {
  let count = doc.share.size;
  for (const structs of doc.store.clients.values()) {
    for (const struct of structs) {
      if (!(struct instanceof Y.Item)) continue;
      if (struct.content instanceof Y.ContentType || struct.content instanceof Y.ContentDoc)
        count += 1;
    }
  }
  return count;
}

/** A transaction that threw half-way leaves the document unable to emit updates (and so to store them). */
export function isWedged(doc: Y.Doc): boolean {
  return doc._transaction !== null || doc._transactionCleanups.length > 0;
}
