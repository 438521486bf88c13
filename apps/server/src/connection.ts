import { randomBytes } from 'node:crypto';
import WebSocket from 'ws';
import type { Grant } from './access/access-control.ts';
import { CloseCode } from '@sketchroom/wire';
import type { AddressBuckets } from './limits/address-buckets.ts';
import { TokenBucket } from './limits/token-bucket.ts';
import type { Logger } from './logger.ts';
import type { Metrics } from './metrics.ts';
import { roomForLog } from './room-name.ts';

export interface ConnectionLimits {
  /** A client whose unsent data passes this is too slow to keep and is dropped. */
  maxBufferedBytes: number;
  /** Frames and bytes held while the room loads (R2); more than this closes the connection. */
  maxPendingFrames: number;
  maxPendingBytes: number;
  /** Sustained and burst rates past which a client is abusive and is closed. */
  messagesPerSecond: number;
  messageBurst: number;
  bytesPerSecond: number;
  byteBurst: number;
  /** Sync step 1 and presence queries per minute (also the burst): each asks for a costly reply. */
  syncRequestsPerMinute: number;
  /**
   * The same requests counted per client address, so reconnecting for a fresh connection
   * budget does not help; shared by every connection from one address.
   */
  syncRequestsByAddress: AddressBuckets;
  /** Reply bytes per second those requests may cost, with a burst of `replyByteBurst`. */
  replyBytesPerSecond: number;
  replyByteBurst: number;
}

type FrameHandler = (connection: Connection, frame: Uint8Array) => void;

/** One WebSocket client in one room. */
export class Connection {
  readonly id = randomBytes(6).toString('hex');
  /** Awareness client ids this connection has announced (R5 removes them on close). */
  readonly clientIds = new Set<number>();
  readonly log: Logger;
  alive = true;
  private probing = false;
  /** Writes a viewer sent that were dropped (R9). */
  droppedUpdates = 0;
  private readonly messageBudget: TokenBucket;
  private readonly byteBudget: TokenBucket;
  private readonly syncRequestBudget: TokenBucket;
  private readonly replyBudget: TokenBucket;
  private syncRequests = 0;
  private handler: FrameHandler | null = null;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;

  constructor(
    readonly ws: WebSocket,
    readonly room: string,
    readonly grant: Grant,
    /** The client's address (see admission.ts). */
    readonly address: string,
    log: Logger,
    private readonly limits: ConnectionLimits,
    private readonly metrics: Metrics,
  ) {
    this.log = log.child({ conn: this.id, room: roomForLog(room), role: grant.role });
    this.messageBudget = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
    this.byteBudget = new TokenBucket(limits.bytesPerSecond, limits.byteBurst);
    this.syncRequestBudget = new TokenBucket(
      limits.syncRequestsPerMinute / 60,
      limits.syncRequestsPerMinute,
    );
    this.replyBudget = new TokenBucket(limits.replyBytesPerSecond, limits.replyByteBurst);
    ws.on('pong', () => (this.alive = true));
    ws.on('message', (data, isBinary) => this.receive(data, isBinary));
  }

  get isOpen(): boolean {
    return this.ws.readyState === WebSocket.OPEN;
  }

  /** Starts handing frames to the room, first the ones that arrived while it loaded. */
  attach(handler: FrameHandler): void {
    this.handler = handler;
    const pending = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    for (const frame of pending) {
      if (!this.isOpen) return;
      handler(this, frame);
    }
  }

  send(message: Uint8Array): void {
    if (!this.isOpen) return;
    if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
      this.log.warn({ buffered: this.ws.bufferedAmount }, 'dropping slow client');
      this.ws.terminate();
      return;
    }
    this.metrics.messagesOut.inc();
    this.metrics.bytesOut.inc(message.byteLength);
    this.ws.send(message, { binary: true });
  }

  /** Counts a sync step 1 or presence query; false when this connection asks too often. */
  allowSyncRequest(): boolean {
    if (!this.syncRequestBudget.take()) return false;
    // Every connection's first request is its join: a crowd behind one address may all join.
    this.syncRequests += 1;
    return this.syncRequests === 1 || this.limits.syncRequestsByAddress.take(this.address);
  }

  /** Charges a reply's bytes to this connection; false when its replies cost too much lately. */
  chargeReply(bytes: number): boolean {
    return this.replyBudget.charge(bytes);
  }

  /** Pings now and drops the connection unless it answers soon: it may be a dead socket. */
  probe(timeoutMs = 3_000): void {
    if (!this.isOpen || this.probing) return;
    this.probing = true;
    this.alive = false;
    this.ws.ping();
    setTimeout(() => {
      this.probing = false;
      if (!this.isOpen) return;
      if (this.alive) return this.log.debug('probe answered');
      this.log.info('no pong to a probe; terminating');
      this.ws.terminate();
    }, timeoutMs).unref();
  }

  /** Closes this connection only, with a reason that is logged and sent to the client. */
  fail(code: number, reason: string): void {
    if (!this.isOpen) return;
    this.log.warn({ code, reason }, 'closing connection');
    this.ws.close(code, reason.slice(0, 120));
  }

  private receive(data: WebSocket.RawData, isBinary: boolean): void {
    this.alive = true;
    if (!this.isOpen) return;
    if (!isBinary)
      return this.fail(CloseCode.unsupportedData, 'text frames are not part of the protocol');
    const frame = toBytes(data);
    this.metrics.messagesIn.inc();
    this.metrics.bytesIn.inc(frame.byteLength);
    if (!this.messageBudget.take() || !this.byteBudget.take(frame.byteLength)) {
      return this.fail(CloseCode.policyViolation, 'rate limit exceeded');
    }
    if (this.handler) return this.handler(this, frame);
    this.pendingBytes += frame.byteLength;
    if (
      this.pending.length >= this.limits.maxPendingFrames ||
      this.pendingBytes > this.limits.maxPendingBytes
    ) {
      return this.fail(CloseCode.policyViolation, 'too much sent while the room loads');
    }
    this.pending.push(frame);
  }
}

function toBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
