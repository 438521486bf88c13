import * as Y from 'yjs';
import { canWrite } from './access/roles.ts';
import { CloseCode } from './close-codes.ts';
import type { Connection } from './connection.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { LOAD_ORIGIN, REMOTE_ORIGIN } from './origins.ts';
import * as protocol from './protocol.ts';
import { dropPending, pendingBytes } from './room-guards.ts';
import { RoomPresence } from './room-presence.ts';
import { FanoutKind, type FanoutMessage } from './scale/fanout.ts';
import type { CommitQueue } from './storage/commit-queue.ts';
import type { RoomLog } from './storage/store.ts';

export interface RoomEvents {
  /** Stored rows since the last compaction passed the threshold. */
  onCompactionDue(room: Room): void;
  /** The last connection left. */
  onEmpty(room: Room): void;
  /** Hands a change made here to the other instances (scale-out). */
  publish(room: Room, message: FanoutMessage): void;
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

export interface RoomContext {
  commits: CommitQueue;
  options: RoomOptions;
  events: RoomEvents;
  metrics: Metrics;
  log: Logger;
}

/** A loaded room: its document, its presence and the connections in it. */
export class Room {
  readonly doc = new Y.Doc();
  readonly presence: RoomPresence;
  readonly connections = new Set<Connection>();
  readonly log: Logger;
  /** The room's rows and bytes in storage, and its size at the last compaction. */
  storedRows = 0;
  storedBytes = 0;
  compactedBytes = 0;
  /** Writes from viewers dropped in this room (R9). */
  droppedUpdates = 0;
  private fullState: Uint8Array | null = null;
  private failed = false;

  constructor(
    readonly name: string,
    stored: RoomLog,
    private readonly context: RoomContext,
  ) {
    this.log = context.log.child({ room: name });
    this.presence = new RoomPresence(
      this.doc,
      {
        broadcast: (message) => this.broadcast(message),
        publish: (payload) => context.events.publish(this, { kind: FanoutKind.awareness, payload }),
      },
      context.options.maxAwarenessIdsPerConnection,
      this.log,
    );
    this.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    }, LOAD_ORIGIN);
    this.storedRows = stored.updates.length;
    this.storedBytes = stored.bytes;
    this.doc.on('update', (update: Uint8Array, origin: unknown) =>
      this.onDocUpdate(update, origin),
    );
  }

  /** R2: the room is loaded, so the newcomer gets sync step 1 and the current presence. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(protocol.writeSyncStep1(Y.encodeStateVector(this.doc)));
    if (this.presence.hasStates()) connection.send(this.presence.everyone());
    connection.attach((conn, frame) => this.receive(conn, frame));
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.presence.removeConnection(connection);
    if (this.connections.size === 0) this.context.events.onEmpty(this);
  }

  /** An update or presence change another instance accepted (and, for updates, stored). */
  applyFromInstance({ kind, payload }: FanoutMessage): void {
    if (kind === FanoutKind.awareness) return this.presence.applyFromInstance(payload);
    if (kind !== FanoutKind.update) return;
    try {
      Y.applyUpdate(this.doc, payload, REMOTE_ORIGIN);
    } catch (error) {
      this.log.warn({ err: error }, 'bad update from another instance');
    }
  }

  /** Marks this room compacted down to `rows` rows of `bytes` bytes. */
  compacted(rows: number, bytes: number): void {
    this.storedRows = rows;
    this.storedBytes = bytes;
    this.compactedBytes = bytes;
  }

  /** A room whose writes failed must not take new joiners; the registry loads it afresh. */
  get isFailed(): boolean {
    return this.failed;
  }

  destroy(): void {
    this.presence.destroy();
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
        if (!canWrite(connection.grant.role))
          return this.dropViewerWrite(connection, message.update);
        return this.applyClientUpdate(connection, message.update);
      case 'awareness': {
        const refusal = this.presence.applyFromClient(connection, message.update);
        return refusal ? connection.fail(refusal.code, refusal.reason) : undefined;
      }
      case 'query-awareness':
        return connection.send(this.presence.everyone());
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
    this.context.commits.whenCommitted((error) => {
      if (!error) connection.send(reply);
    });
  }

  /** New joiners all get the same bytes, computed once per document version. */
  private fullStateReply(): Uint8Array {
    this.fullState ??= protocol.writeSyncStep2(Y.encodeStateAsUpdate(this.doc));
    return this.fullState;
  }

  private dropViewerWrite(connection: Connection, update: Uint8Array): void {
    // The stock client answers every sync step 1 with a step 2, usually empty: nothing to drop.
    if (update.byteLength <= emptyUpdateBytes) return;
    this.droppedUpdates += 1;
    connection.droppedUpdates += 1;
    this.context.metrics.droppedUpdates.inc();
    if (connection.droppedUpdates === 1)
      connection.log.info('dropping writes from a view-only connection');
  }

  private applyClientUpdate(connection: Connection, update: Uint8Array): void {
    const { maxRoomBytes, maxPendingBytes } = this.context.options;
    // Stored size so far plus this update: a fair bound on how big the document has grown.
    if (this.storedBytes + update.byteLength > maxRoomBytes) {
      connection.send(
        protocol.writePermissionDenied(`board is full (limit ${maxRoomBytes} bytes)`),
      );
      return connection.fail(CloseCode.policyViolation, 'board is full');
    }
    const stopTimer = this.context.metrics.updateApplySeconds.startTimer();
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
    stopTimer();
    if (pendingBytes(this.doc) > maxPendingBytes) {
      dropPending(this.doc);
      connection.fail(CloseCode.policyViolation, 'too many updates with missing dependencies');
    }
  }

  /**
   * Only what is new reaches here. A local change is written, then relayed to everyone here,
   * sender included, and published to the other instances (R3, R4). A change from another
   * instance is already stored there and is only relayed.
   */
  private onDocUpdate(update: Uint8Array, origin: unknown): void {
    if (origin === LOAD_ORIGIN) return;
    this.fullState = null;
    this.storedRows += 1;
    this.storedBytes += update.byteLength;
    const message = protocol.writeUpdate(update);
    if (origin === REMOTE_ORIGIN) return this.broadcast(message);
    this.context.commits.enqueue(this.name, update, (error) => {
      if (error) return this.failStorage(error);
      this.broadcast(message);
      this.context.events.publish(this, { kind: FanoutKind.update, payload: update });
      const { compactAfterRows, compactAfterBytes } = this.context.options;
      if (
        this.storedRows >= compactAfterRows ||
        this.storedBytes - this.compactedBytes >= compactAfterBytes
      ) {
        this.context.events.onCompactionDue(this);
      }
    });
  }

  /** Encoded once, the same bytes to every connection. */
  private broadcast(message: Uint8Array): void {
    for (const connection of this.connections) connection.send(message);
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

/** An update with no structs and an empty delete set: [0, 0]. */
const emptyUpdateBytes = 2;

function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return Y.decodeStateVector(stateVector).size === 0;
}
