import * as Y from 'yjs';
import { canWrite } from '@sketchroom/board-access';
import {
  CloseCode,
  decodeMessage,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeUpdate,
  type Message,
} from '@sketchroom/wire';
import { Connection } from './connection.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { LOAD_ORIGIN, REMOTE_ORIGIN } from './origins.ts';
import { scanUpdate, UpdateRefused, type UpdateScan } from './limits/update-scan.ts';
import { countStructs, countTypes, dropPending, isWedged, pendingBytes } from './room-guards.ts';
import { roomForLog } from './room-name.ts';
import { RoomPresence } from './room-presence.ts';
import { SyncReplies } from './room-sync-replies.ts';
import type { Hooks } from './hooks.ts';
import { FanoutKind, type FanoutMessage } from './scale/fanout.ts';
import type { CommitQueue } from './storage/commit-queue.ts';
import type { RoomLog } from './storage/store.ts';

export interface RoomEvents {
  /** Stored rows since the last compaction passed the threshold. */
  onCompactionDue(room: Room): void;
  /** The last connection left. */
  onEmpty(room: Room): void;
  /** The room's document can no longer be trusted to store what it accepts: forget it. */
  onFailed(room: Room): void;
  /** Data from other instances waits on updates this instance missed: reload from storage. */
  onResyncDue(room: Room): void;
}

export interface RoomOptions {
  compactAfterRows: number;
  compactAfterBytes: number;
  /** Stored size past which the room takes no more updates. */
  maxRoomBytes: number;
  /** Updates held back for missing dependencies, per room. */
  maxPendingBytes: number;
  maxAwarenessIdsPerConnection: number;
  /** Memory budget: structs and shared types one room may hold. */
  maxRoomStructs: number;
  maxRoomTypes: number;
  /** Nesting limits inside the document: shared types, and JSON values in items. */
  maxTypeDepth: number;
  maxValueDepth: number;
  /** Awareness: bytes and JSON nesting of one client's state. */
  maxAwarenessStateBytes: number;
  maxAwarenessDepth: number;
}

export interface RoomContext {
  commits: CommitQueue;
  hooks: Hooks;
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
  readonly syncReplies: SyncReplies;
  /** Shared types in the document, counted at load and on compaction, estimated in between. */
  private typeCount: number;
  private failed = false;
  /** What the update being applied must wait for before it is written (onBeforeApply). */
  private hold: Promise<void> | null = null;

  constructor(
    readonly name: string,
    stored: RoomLog,
    private readonly context: RoomContext,
  ) {
    this.log = context.log.child({ room: roomForLog(name) });
    this.presence = new RoomPresence(
      this.doc,
      {
        broadcast: (message) => this.broadcast(message),
        publish: (update) =>
          context.hooks.change({
            room: this,
            kind: 'presence',
            update,
            fromInstance: false,
            connection: null,
          }),
      },
      context.options,
      this.log,
    );
    this.syncReplies = new SyncReplies(this.doc);
    this.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    }, LOAD_ORIGIN);
    if (isWedged(this.doc)) throw new Error('stored updates left the document unusable');
    this.typeCount = countTypes(this.doc);
    this.storedRows = stored.updates.length;
    this.storedBytes = stored.bytes;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      try {
        this.onDocUpdate(update, origin);
      } catch (error) {
        this.fail(error as Error, 'room failed');
      }
    });
  }

  /** R2: the room is loaded, so the newcomer gets sync step 1 and the current presence. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    if (this.presence.hasStates()) connection.send(this.presence.everyone());
    connection.attach((conn, frame) => this.receive(conn, frame));
  }

  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    this.presence.removeConnection(connection);
    if (this.connections.size === 0) this.context.events.onEmpty(this);
  }

  /** An update or presence change another instance accepted (and, for updates, stored). */
  applyFromInstance({ kind, payload, from }: FanoutMessage): void {
    if (this.failed) return;
    if (kind === FanoutKind.awareness)
      return this.presence.applyFromInstance(payload, from ?? 'another instance');
    if (kind !== FanoutKind.update) return;
    this.applyStored(payload);
    // Updates whose dependencies this instance missed (Redis dropped them) wait in memory; the
    // missing ones are in storage, so the room reloads them instead of letting the wait grow.
    if (pendingBytes(this.doc) > 0) this.context.events.onResyncDue(this);
  }

  /** Applies updates already in storage (rows another instance wrote); they are only relayed. */
  applyStored(update: Uint8Array): void {
    if (this.failed) return;
    try {
      Y.applyUpdate(this.doc, update, REMOTE_ORIGIN);
    } catch (error) {
      return this.fail(error as Error, 'stored update failed to apply');
    }
    if (isWedged(this.doc)) this.fail(new Error('transaction left open'), 'room failed');
  }

  /** A stored update still waits on something storage does not have: drop it rather than grow. */
  dropStalePending(): void {
    if (pendingBytes(this.doc) === 0) return;
    this.log.warn({ bytes: pendingBytes(this.doc) }, 'dropping updates with missing dependencies');
    dropPending(this.doc);
  }

  /** Folds stored rows into this document and returns the whole of it: compaction without a second copy. */
  foldInto(rows: readonly Uint8Array[]): Uint8Array {
    for (const row of rows) this.applyStored(row);
    if (this.failed) throw new Error('room failed while folding');
    this.typeCount = countTypes(this.doc);
    return Y.encodeStateAsUpdate(this.doc);
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
    if (this.failed) return;
    let message: Message;
    try {
      message = decodeMessage(frame);
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
        return this.reply(connection, () => this.presence.everyone());
      case 'auth':
        return;
    }
  }

  private replyToSyncStep1(connection: Connection, stateVector: Uint8Array): void {
    const compute = () => {
      try {
        return this.syncReplies.replyTo(stateVector);
      } catch (error) {
        connection.fail(CloseCode.invalidPayload, `bad state vector: ${(error as Error).message}`);
        return null;
      }
    };
    // The reply may hold updates still being written: it leaves only once they are durable (R4).
    this.reply(connection, compute, (reply) =>
      this.context.commits.whenCommitted((error) => {
        if (!error) connection.send(reply);
      }),
    );
  }

  /**
   * A request that asks for a costly reply (the document, everyone's presence) is rate-limited,
   * and the reply's bytes are charged to the asking connection, so a few cheap messages cannot
   * make the server encode and send without bound.
   */
  private reply(
    connection: Connection,
    compute: () => Uint8Array | null,
    send: (reply: Uint8Array) => void = (reply) => connection.send(reply),
  ): void {
    if (!connection.allowSyncRequest())
      return connection.fail(CloseCode.policyViolation, 'too many sync requests');
    const reply = compute();
    if (!reply) return;
    if (!connection.chargeReply(reply.byteLength))
      return connection.fail(CloseCode.policyViolation, 'replies exceed the rate limit');
    send(reply);
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
    if (this.storedBytes + update.byteLength > maxRoomBytes)
      return this.refuseFull(connection, `board is full (limit ${maxRoomBytes} bytes)`);
    const stopTimer = this.context.metrics.updateApplySeconds.startTimer();
    // Reading the whole update first makes applying all-or-nothing, and bounds its cost.
    const scan = this.scan(connection, update);
    if (!scan) return;
    const pendingBefore = pendingBytes(this.doc);
    this.hold = this.context.hooks.beforeApply({
      room: this,
      connection,
      update,
      deletes: scan.deletes,
    });
    try {
      Y.applyUpdate(this.doc, update, connection);
    } catch (error) {
      // The scan lets through only what Yjs should apply. If it throws anyway, the document's
      // state is in doubt (it may no longer emit, so store, updates): the room starts afresh.
      return this.fail(error as Error, 'update failed to apply');
    } finally {
      this.hold = null;
    }
    if (isWedged(this.doc)) return this.fail(new Error('transaction left open'), 'room failed');
    this.typeCount += scan.types;
    stopTimer();
    // Only a connection that added to the held-back data answers for it.
    const pendingAfter = pendingBytes(this.doc);
    if (pendingAfter > maxPendingBytes && pendingAfter > pendingBefore) {
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
    this.syncReplies.invalidate();
    this.storedRows += 1;
    this.storedBytes += update.byteLength;
    const message = encodeUpdate(update);
    const fromInstance = origin === REMOTE_ORIGIN;
    const connection = origin instanceof Connection ? origin : null;
    this.context.hooks.change({ room: this, kind: 'update', update, fromInstance, connection });
    if (fromInstance) return this.broadcast(message);
    const hold = this.hold ?? undefined;
    this.context.commits.enqueue(
      this.name,
      update,
      (error) => {
        if (error) return this.failStorage(error);
        this.context.hooks.stored({ room: this, update });
        this.broadcast(message);
        const { compactAfterRows, compactAfterBytes } = this.context.options;
        if (
          this.storedRows >= compactAfterRows ||
          this.storedBytes - this.compactedBytes >= compactAfterBytes
        ) {
          this.context.events.onCompactionDue(this);
        }
      },
      hold,
    );
  }

  private scan(connection: Connection, update: Uint8Array): UpdateScan | null {
    const { maxRoomStructs, maxRoomTypes, maxTypeDepth, maxValueDepth } = this.context.options;
    try {
      return scanUpdate(update, this.doc, {
        maxStructs: Math.max(0, maxRoomStructs - countStructs(this.doc)),
        maxTypes: Math.max(0, maxRoomTypes - this.typeCount),
        maxTypeDepth,
        maxValueDepth,
      });
    } catch (error) {
      if (error instanceof UpdateRefused && error.overBudget)
        return (this.refuseFull(connection, `board is full (${error.message})`), null);
      if (error instanceof UpdateRefused)
        return (connection.fail(CloseCode.policyViolation, error.message), null);
      return (
        connection.fail(
          CloseCode.invalidPayload,
          `update failed to decode: ${(error as Error).message}`,
        ),
        null
      );
    }
  }

  private refuseFull(connection: Connection, reason: string): void {
    connection.send(encodePermissionDenied(reason));
    connection.fail(CloseCode.policyViolation, 'board is full');
  }

  /** Encoded once, the same bytes to every connection. */
  private broadcast(message: Uint8Array): void {
    for (const connection of this.connections) connection.send(message);
  }

  /** The document holds updates that are not stored: drop it, clients resend on reconnect. */
  private failStorage(error: Error): void {
    this.fail(error, 'storage failure', 'storage write failed; closing room');
  }

  /**
   * The document can no longer be trusted to store what it accepts (a write failed, or applying
   * threw half-way). Every connection goes with 1011, and the room is reloaded from storage on
   * the next join: it never keeps taking edits it does not store.
   */
  fail(error: Error, reason: string, logMessage = 'room failed; closing it'): void {
    if (this.failed) return;
    this.failed = true;
    this.log.error({ err: error, reason }, logMessage);
    for (const connection of this.connections) connection.fail(CloseCode.internalError, reason);
    this.context.events.onFailed(this);
  }
}

/** An update with no structs and an empty delete set: [0, 0]. */
const emptyUpdateBytes = 2;
