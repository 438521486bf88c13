import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import { roomForLog } from '../room-name.ts';
import { FanoutKind, type Fanout, type FanoutMessage } from './fanout.ts';

const idLength = 8;
/** How long a revocation waits for the other instances to confirm. */
const revokeConfirmMs = 5_000;

type Handler = (message: FanoutMessage) => void | Promise<void>;

/**
 * Redis pub/sub between instances, one channel per room. A message is
 * [kind: 1 byte][sender instance id: 8 bytes][payload]; an instance ignores its own.
 * A revocation's payload is a request id that every receiver confirms on the sender's own
 * channel once it has cut the old tokens, so the rotation API answers only after that.
 * Redis keeps nothing: PostgreSQL is the durable log, so Redis needs no persistence.
 */
export class RedisFanout implements Fanout {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly instanceId = randomBytes(idLength);
  private readonly handlers = new Map<string, Handler>();
  private readonly confirmations = new Map<string, () => void>();
  private readonly reconnectListeners: Array<() => void> = [];
  private readonly ackChannel: string;
  private wasReady = false;
  private lost = false;

  constructor(
    url: string,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    private readonly prefix = 'sketchroom:room:',
  ) {
    this.ackChannel = `sketchroom:ack:${this.instanceId.toString('hex')}`;
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(url, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.log.warn({ err: error }, 'redis connection error'));
    }
    this.subscriber.on('close', () => {
      if (this.wasReady && !this.lost) this.log.warn('redis connection lost; live updates paused');
      this.lost = this.wasReady;
    });
    // ioredis subscribes again by itself on reconnect; what was published meanwhile is gone.
    this.subscriber.on('ready', () => {
      if (this.lost) {
        this.lost = false;
        this.log.info('redis connection back; resynchronising rooms from storage');
        for (const listener of this.reconnectListeners) listener();
      }
      this.wasReady = true;
    });
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel, message),
    );
  }

  async connect(): Promise<void> {
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
    await this.subscriber.subscribe(this.ackChannel);
  }

  onReconnect(listener: () => void): void {
    this.reconnectListeners.push(listener);
  }

  async subscribe(room: string, onMessage: Handler): Promise<void> {
    this.handlers.set(this.prefix + room, onMessage);
    await this.subscriber.subscribe(this.prefix + room);
  }

  async unsubscribe(room: string): Promise<void> {
    this.handlers.delete(this.prefix + room);
    await this.subscriber.unsubscribe(this.prefix + room);
  }

  publish(room: string, message: FanoutMessage): void {
    const stopTimer = this.metrics.redisPublishSeconds.startTimer();
    this.publisher.publish(this.prefix + room, this.frame(message)).then(
      () => stopTimer(),
      (error: unknown) =>
        this.log.warn({ err: error, room: roomForLog(room) }, 'redis publish failed'),
    );
  }

  async revoke(room: string): Promise<void> {
    const requestId = randomBytes(idLength);
    const key = requestId.toString('hex');
    let confirmed = 0;
    let expected = Infinity;
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        this.confirmations.delete(key);
        this.log.warn(
          { room: roomForLog(room), confirmed },
          'revocation not confirmed by every instance in time',
        );
        resolve();
      }, revokeConfirmMs);
      const check = () => {
        if (confirmed < expected) return;
        clearTimeout(timer);
        this.confirmations.delete(key);
        resolve();
      };
      this.confirmations.set(key, () => {
        confirmed += 1;
        check();
      });
      this.publisher
        .publish(this.prefix + room, this.frame({ kind: FanoutKind.revoke, payload: requestId }))
        .then((receivers) => {
          // Our own subscription to the room counts among the receivers but never confirms.
          expected = receivers - (this.handlers.has(this.prefix + room) ? 1 : 0);
          check();
        })
        .catch((error: unknown) => {
          this.log.warn(
            { err: error, room: roomForLog(room) },
            'redis publish of a revocation failed',
          );
          expected = 0;
          check();
        });
    });
    await done;
  }

  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }

  private frame({ kind, payload }: FanoutMessage): Buffer {
    const message = Buffer.allocUnsafe(1 + idLength + payload.byteLength);
    message[0] = kind;
    this.instanceId.copy(message, 1);
    message.set(payload, 1 + idLength);
    return message;
  }

  private receive(channelBytes: Buffer, message: Buffer): void {
    const channel = channelBytes.toString();
    if (channel === this.ackChannel) {
      this.confirmations.get(message.toString('hex'))?.();
      return;
    }
    if (message.length < 1 + idLength) return;
    const sender = message.subarray(1, 1 + idLength);
    if (sender.equals(this.instanceId)) return;
    const handler = this.handlers.get(channel) ?? (() => undefined);
    const payload = new Uint8Array(
      message.buffer,
      message.byteOffset + 1 + idLength,
      message.length - 1 - idLength,
    );
    const from = sender.toString('hex');
    const kind = message[0] as FanoutKind;
    const handled = handler({ kind, payload, from });
    if (kind !== FanoutKind.revoke) return;
    const requestId = Buffer.from(payload);
    void Promise.resolve(handled)
      .catch((error: unknown) => this.log.warn({ err: error }, 'revocation failed here'))
      .then(() => this.publisher.publish(`sketchroom:ack:${from}`, requestId))
      .catch((error: unknown) => this.log.warn({ err: error }, 'revocation confirm failed'));
  }
}
