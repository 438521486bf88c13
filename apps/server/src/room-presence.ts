import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Connection } from './connection.ts';
import type { Logger } from './logger.ts';
import { REMOTE_ORIGIN } from './origins.ts';
import {
  AwarenessLimitError,
  CloseCode,
  decodeAwarenessUpdate,
  encodeAwareness,
  encodeAwarenessUpdate,
  type AwarenessEntry,
  type AwarenessLimits,
} from '@sketchroom/wire';
import { screenAwareness } from './room-guards.ts';

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** Who may change a presence entry: a connection here, or another instance (by its id). */
export type PresenceOwner = Connection | string;

export interface PresenceLimits {
  maxAwarenessIdsPerConnection: number;
  maxAwarenessStateBytes: number;
  maxAwarenessDepth: number;
}

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
  private readonly owners = new Map<number, PresenceOwner>();
  private readonly changed = new Set<number>();
  private readonly changedHere = new Set<number>();
  private flushQueued = false;
  private everyoneMessage: Uint8Array | null = null;

  constructor(
    doc: Y.Doc,
    private readonly outlets: PresenceOutlets,
    private readonly limits: PresenceLimits,
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
    let entries: AwarenessEntry[];
    try {
      entries = decodeAwarenessUpdate(update, this.stateLimits());
    } catch (error) {
      const code =
        error instanceof AwarenessLimitError ? CloseCode.policyViolation : CloseCode.invalidPayload;
      return { code, reason: (error as Error).message };
    }
    const screening = screenAwareness(
      connection,
      entries,
      this.awareness,
      this.owners,
      this.limits.maxAwarenessIdsPerConnection,
    );
    if (screening.violation)
      return { code: CloseCode.policyViolation, reason: screening.violation };
    // An owner whose entries someone else tried to change is asked to prove it is alive.
    for (const owner of screening.contested) owner.probe();
    if (screening.accepted.length === 0) return null;
    const accepted =
      screening.accepted.length === entries.length
        ? update
        : encodeAwarenessUpdate(screening.accepted);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, accepted, connection);
    return null;
  }

  /**
   * Presence from another instance. It may not change entries owned by a connection here, and
   * the entries it sets become its own, so that nobody here can change them either (no
   * spoofing across instances).
   */
  applyFromInstance(update: Uint8Array, from: string): void {
    let entries: AwarenessEntry[];
    try {
      entries = decodeAwarenessUpdate(update, this.stateLimits());
    } catch (error) {
      return this.log.warn({ err: error }, 'bad presence from another instance');
    }
    const accepted = entries.filter((entry) => typeof this.owners.get(entry.clientId) !== 'object');
    if (accepted.length === 0) return;
    for (const entry of accepted) {
      if (entry.state !== null) this.owners.set(entry.clientId, from);
    }
    // The usual case changes nothing: the bytes as they came, not a re-encoding (hot path).
    const bytes = accepted.length === entries.length ? update : encodeAwarenessUpdate(accepted);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, bytes, REMOTE_ORIGIN);
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

  /** Everyone's presence, for a newcomer or a query; encoded once per change. */
  everyone(): Uint8Array {
    if (!this.everyoneMessage) {
      const ids = [...this.awareness.getStates().keys()];
      this.everyoneMessage = encodeAwareness(
        awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids),
      );
    }
    return this.everyoneMessage;
  }

  destroy(): void {
    this.awareness.destroy();
  }

  private stateLimits(): AwarenessLimits {
    return {
      maxStateBytes: this.limits.maxAwarenessStateBytes,
      maxStateDepth: this.limits.maxAwarenessDepth,
    };
  }

  private onUpdate({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    this.everyoneMessage = null;
    const connection =
      origin !== null && typeof origin === 'object' ? (origin as Connection) : null;
    if (connection?.clientIds) {
      for (const id of added) {
        connection.clientIds.add(id);
        this.owners.set(id, connection);
      }
    }
    for (const id of removed) {
      const owner = this.owners.get(id);
      if (typeof owner === 'object') owner.clientIds.delete(id);
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

  /** Runs outside any caller's guard, so nothing it throws may escape: that would end the process. */
  private flush(): void {
    this.flushQueued = false;
    try {
      if (this.changed.size > 0) {
        this.outlets.broadcast(encodeAwareness(this.encode(this.changed)));
      }
      if (this.changedHere.size > 0) this.outlets.publish(this.encode(this.changedHere));
    } catch (error) {
      this.log.error({ err: error }, 'presence flush failed; changes dropped');
    } finally {
      this.changed.clear();
      this.changedHere.clear();
    }
  }

  private encode(ids: Set<number>): Uint8Array {
    return awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...ids]);
  }
}
