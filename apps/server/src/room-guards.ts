import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from './connection.ts';
import type { AwarenessEntry } from './protocol.ts';

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

/**
 * Why a connection may not send these awareness entries, or null. It may not change another
 * connection's entries, and may claim only a few client ids. Stock clients echo everyone's
 * presence back unchanged; such echoes change nothing and are let through.
 */
export function awarenessViolation(
  connection: Connection,
  entries: readonly AwarenessEntry[],
  awareness: Awareness,
  owners: ReadonlyMap<number, Connection>,
  maxIdsPerConnection: number,
): string | null {
  const claimed = new Set(connection.clientIds);
  for (const entry of entries) {
    if (!changesState(awareness, entry)) continue;
    const owner = owners.get(entry.clientId);
    if (owner && owner !== connection)
      return `awareness client ${entry.clientId} belongs to another connection`;
    if (entry.state !== null) claimed.add(entry.clientId);
  }
  return claimed.size > maxIdsPerConnection
    ? `more than ${maxIdsPerConnection} awareness client ids`
    : null;
}
