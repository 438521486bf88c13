import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { canWrite } from './access/roles.ts';
import { CloseCode } from './close-codes.ts';
import type { Connection } from './connection.ts';
import type { Logger } from './logger.ts';
import { LOAD_ORIGIN } from './origins.ts';
import * as protocol from './protocol.ts';
import { awarenessViolation, dropPending, pendingBytes } from './room-guards.ts';
import type { CommitQueue } from './storage/commit-queue.ts';
import type { RoomLog } from './storage/store.ts';

export interface RoomEvents {
  /** Stored rows since the last compaction passed the threshold. */
  onCompactionDue(room: Room): void;
  /** The last connection left. */
  onEmpty(room: Room): void;
}

export interface RoomOptions {
  compactAfterRows: number;
  compactAfterBytes: number;
  /** Stored size past which the room takes no more updates. */
  maxRoomBytes: number;
  /** Updates held back for missing dependencies, per room. */
  maxPendingBytes: number;
  maxAwarenessIdsPerConnection: number;
}

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };

/** A loaded room: its document, its presence and the connections in it. */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  readonly log: Logger;
  /** The room's rows and bytes in storage, and its size at the last compaction. */
  storedRows = 0;
  storedBytes = 0;
  compactedBytes = 0;
  /** Writes from viewers dropped in this room (R9). */
  droppedUpdates = 0;
  private readonly awarenessOwners = new Map<number, Connection>();
  private fullState: Uint8Array | null = null;
  private readonly changedClients = new Set<number>();
  private awarenessFlushQueued = false;
  private failed = false;

  constructor(
    readonly name: string,
    stored: RoomLog,
    private readonly commits: CommitQueue,
    private readonly options: RoomOptions,
    private readonly events: RoomEvents,
    log: Logger,
  ) {
    this.log = log.child({ room: name });
    this.awareness.setLocalState(null);
    this.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    }, LOAD_ORIGIN);
    this.storedRows = stored.updates.length;
    this.storedBytes = stored.bytes;
    this.doc.on('update', (update: Uint8Array, origin: unknown) =>
      this.onDocUpdate(update, origin),
    );
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) =>
      this.onAwarenessUpdate(change, origin),
    );
  }

  /** R2: the room is loaded, so the newcomer gets sync step 1 and the current presence. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(protocol.writeSyncStep1(Y.encodeStateVector(this.doc)));
    if (this.awareness.getStates().size > 0) connection.send(this.allAwareness());
    connection.attach((conn, frame) => this.receive(conn, frame));
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.clientIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(
        this.awareness,
        [...connection.clientIds],
        connection,
      );
    }
    if (this.connections.size === 0) this.events.onEmpty(this);
  }

  /** A room whose writes failed must not take new joiners; the registry loads it afresh. */
  get isFailed(): boolean {
    return this.failed;
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private receive(connection: Connection, frame: Uint8Array): void {
    let message: protocol.InboundMessage;
    try {
      message = protocol.readMessage(frame);
    } catch (error) {
      return connection.fail(CloseCode.protocolError, (error as Error).message);
    }
    switch (message.kind) {
      case 'sync-step1':
        return this.replyToSyncStep1(connection, message.stateVector);
      case 'sync-step2':
      case 'update':
        if (!canWrite(connection.grant.role)) return this.dropViewerWrite(connection);
        return this.applyClientUpdate(connection, message.update);
      case 'awareness':
        return this.applyClientAwareness(connection, message.update);
      case 'query-awareness':
        return connection.send(this.allAwareness());
      case 'auth':
        return;
    }
  }

  private replyToSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    let reply: Uint8Array;
    try {
      reply = isEmptyStateVector(stateVector)
        ? this.fullStateReply()
        : protocol.writeSyncStep2(Y.encodeStateAsUpdate(this.doc, stateVector));
    } catch (error) {
      return connection.fail(
        CloseCode.invalidPayload,
        `bad state vector: ${(error as Error).message}`,
      );
    }
    // The reply may hold updates still being written: it leaves only once they are durable (R4).
    this.commits.whenCommitted((error) => {
      if (!error) connection.send(reply);
    });
  }

  /** New joiners all get the same bytes, computed once per document version. */
  private fullStateReply(): Uint8Array {
    this.fullState ??= protocol.writeSyncStep2(Y.encodeStateAsUpdate(this.doc));
    return this.fullState;
  }

  private dropViewerWrite(connection: Connection): void {
    this.droppedUpdates += 1;
    connection.droppedUpdates += 1;
    if (connection.droppedUpdates === 1)
      connection.log.info('dropping writes from a view-only connection');
  }

  /** Compacted size + what came since; a fair bound on how big the document has grown. */
  private wouldOverflow(update: Uint8Array): boolean {
    return this.storedBytes + update.byteLength > this.options.maxRoomBytes;
  }

  /** Marks this room compacted down to `rows` rows of `bytes` bytes. */
  compacted(rows: number, bytes: number): void {
    this.storedRows = rows;
    this.storedBytes = bytes;
    this.compactedBytes = bytes;
  }

  private applyClientUpdate(connection: Connection, update: Uint8Array): void {
    if (this.wouldOverflow(update)) {
      connection.send(
        protocol.writePermissionDenied(`board is full (limit ${this.options.maxRoomBytes} bytes)`),
      );
      return connection.fail(CloseCode.policyViolation, 'board is full');
    }
    try {
      // Decoding first makes applying all-or-nothing: a broken update never half-applies.
      Y.decodeUpdate(update);
    } catch (error) {
      return connection.fail(
        CloseCode.invalidPayload,
        `update failed to decode: ${(error as Error).message}`,
      );
    }
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      return connection.fail(
        CloseCode.invalidPayload,
        `update failed to apply: ${(error as Error).message}`,
      );
    }
    if (pendingBytes(this.doc) > this.options.maxPendingBytes) {
      dropPending(this.doc);
      connection.fail(CloseCode.policyViolation, 'too many updates with missing dependencies');
    }
  }

  /** Only what is new reaches here; it is written, then relayed to everyone, sender included (R3, R4). */
  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === LOAD_ORIGIN) return;
    this.fullState = null;
    this.storedRows += 1;
    this.storedBytes += update.byteLength;
    const message = protocol.writeUpdate(update);
    this.commits.enqueue(this.name, update, (error) => {
      if (error) return this.failStorage(error);
      this.broadcast(message);
      if (
        this.storedRows >= this.options.compactAfterRows ||
        this.storedBytes - this.compactedBytes >= this.options.compactAfterBytes
      ) {
        this.events.onCompactionDue(this);
      }
    });
  }

  private applyClientAwareness(connection: Connection, update: Uint8Array): void {
    let entries: protocol.AwarenessEntry[];
    try {
      entries = protocol.readAwarenessUpdate(update);
    } catch (error) {
      return connection.fail(CloseCode.invalidPayload, (error as Error).message);
    }
    const violation = awarenessViolation(
      connection,
      entries,
      this.awareness,
      this.awarenessOwners,
      this.options.maxAwarenessIdsPerConnection,
    );
    if (violation) return connection.fail(CloseCode.policyViolation, violation);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
  }

  private onAwarenessUpdate({ added, updated, removed }: AwarenessChange, origin: unknown): void {
    const connection = this.connectionOf(origin);
    if (connection) {
      for (const id of added) {
        connection.clientIds.add(id);
        this.awarenessOwners.set(id, connection);
      }
    }
    for (const id of removed) {
      this.awarenessOwners.get(id)?.clientIds.delete(id);
      this.awarenessOwners.delete(id);
    }
    for (const ids of [added, updated, removed]) for (const id of ids) this.changedClients.add(id);
    // Presence is the hot path: a tick's changes leave as one message.
    if (!this.awarenessFlushQueued) {
      this.awarenessFlushQueued = true;
      setImmediate(() => this.flushAwareness());
    }
  }

  private flushAwareness(): void {
    this.awarenessFlushQueued = false;
    if (this.changedClients.size === 0 || this.connections.size === 0) return;
    const ids = [...this.changedClients];
    this.changedClients.clear();
    this.broadcast(
      protocol.writeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)),
    );
  }

  private allAwareness(): Uint8Array {
    const ids = [...this.awareness.getStates().keys()];
    return protocol.writeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }

  /** Encoded once, the same bytes to every connection. */
  private broadcast(message: Uint8Array): void {
    for (const connection of this.connections) connection.send(message);
  }

  private connectionOf(origin: unknown): Connection | undefined {
    return this.connections.has(origin as Connection) ? (origin as Connection) : undefined;
  }

  /** The document holds updates that are not stored: drop it, clients resend on reconnect. */
  private failStorage(error: Error): void {
    if (this.failed) return;
    this.failed = true;
    this.log.error({ err: error }, 'storage write failed; closing room');
    for (const connection of this.connections)
      connection.fail(CloseCode.internalError, 'storage failure');
  }
}

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return Y.decodeStateVector(stateVector).size === 0;
}
