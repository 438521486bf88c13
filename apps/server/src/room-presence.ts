import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Connection } from './connection.ts';
import type { Logger } from './logger.ts';
import { REMOTE_ORIGIN } from './origins.ts';
import * as protocol from './protocol.ts';
import { screenAwareness } from './room-guards.ts';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

export interface PresenceOutlets {
  /** Sends one message to every connection in the room. */
  broadcast(message: Uint8Array): void;
  /** Hands presence changes made on this instance to the other instances. */
  publish(update: Uint8Array): void;
}

/**
 * A room's awareness (cursors, selections, names). Presence is the hot path of a crowded
 * room, so a tick's changes leave as one message (DESIGN.md) rather than one per cursor move.
 */
export class RoomPresence {
  readonly awareness: awarenessProtocol.Awareness;
  private readonly owners = new Map<number, Connection>();
  private readonly changed = new Set<number>();
  private readonly changedHere = new Set<number>();
  private flushQueued = false;

  constructor(
    doc: Y.Doc,
    private readonly outlets: PresenceOutlets,
    private readonly maxIdsPerConnection: number,
    private readonly log: Logger,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      this.onUpdate(change, origin),
    );
  }

  /** Applies a client's awareness message; returns why it was refused, or null. */
  applyFromClient(
    connection: Connection,
    update: Uint8Array,
  ): { code: number; reason: string } | null {
    let entries: protocol.AwarenessEntry[];
    try {
      entries = protocol.readAwarenessUpdate(update);
    } catch (error) {
      return { code: 1007, reason: (error as Error).message };
    }
    const screening = screenAwareness(
      connection,
      entries,
      this.awareness,
      this.owners,
      this.maxIdsPerConnection,
    );
    if (screening.violation) return { code: 1008, reason: screening.violation };
    // An owner whose entries someone else tried to change is asked to prove it is alive.
    for (const owner of screening.contested) owner.probe();
    if (screening.accepted.length === 0) return null;
    const accepted =
      screening.accepted.length === entries.length
        ? update
        : protocol.writeAwarenessEntries(screening.accepted);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, connection);
    return null;
  }

  applyFromInstance(update: Uint8Array): void {
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
    } catch (error) {
      this.log.warn({ err: error }, 'bad presence from another instance');
    }
  }

  /** R5: a connection's presence goes with it. */
  removeConnection(connection: Connection): void {
    if (connection.clientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(
        this.awareness,
        [...connection.clientIds],
        connection,
      );
    }
  }

  hasStates(): boolean {
    return this.awareness.getStates().size > 0;
  }

  /** Everyone's presence, for a newcomer or a query. */
  everyone(): Uint8Array {
    const ids = [...this.awareness.getStates().keys()];
    return protocol.writeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }

  destroy(): void {
    this.awareness.destroy();
  }

  private onUpdate({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const connection =
      origin !== null && typeof origin === 'object' ? (origin as Connection) : null;
    if (connection?.clientIds) {
      for (const id of added) {
        connection.clientIds.add(id);
        this.owners.set(id, connection);
      }
    }
    for (const id of removed) {
      this.owners.get(id)?.clientIds.delete(id);
      this.owners.delete(id);
    }
    for (const ids of [added, updated, removed]) {
      for (const id of ids) {
        this.changed.add(id);
        if (origin !== REMOTE_ORIGIN) this.changedHere.add(id);
      }
    }
    if (!this.flushQueued) {
      this.flushQueued = true;
      setImmediate(() => this.flush());
    }
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.changed.size > 0) {
      this.outlets.broadcast(protocol.writeAwareness(this.encode(this.changed)));
    }
    if (this.changedHere.size > 0) this.outlets.publish(this.encode(this.changedHere));
    this.changed.clear();
    this.changedHere.clear();
  }

  private encode(ids: Set<number>): Uint8Array {
    return awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...ids]);
  }
}
