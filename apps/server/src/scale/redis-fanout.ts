import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { Fanout, FanoutKind, FanoutMessage } from './fanout.ts';

const idLength = 8;

/**
 * Redis pub/sub between instances, one channel per room. A message is
 * [kind: 1 byte][sender instance id: 8 bytes][payload]; an instance ignores its own.
 * Redis keeps nothing: PostgreSQL is the durable log, so Redis needs no persistence.
 */
export class RedisFanout implements Fanout {
  private readonly publisher: Redis;
  private readonly subscriber: Redis;
  private readonly instanceId = randomBytes(idLength);
  private readonly handlers = new Map<string, (message: FanoutMessage) => void>();

  constructor(
    url: string,
    private readonly log: Logger,
    private readonly metrics: Metrics,
    private readonly prefix = 'sketchroom:room:',
  ) {
    this.publisher = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 2 });
    this.subscriber = new Redis(url, { lazyConnect: true });
    for (const client of [this.publisher, this.subscriber]) {
      client.on('error', (error: Error) => this.log.warn({ err: error }, 'redis connection error'));
    }
    this.subscriber.on('messageBuffer', (channel: Buffer, message: Buffer) =>
      this.receive(channel, message),
    );
  }

  async connect(): Promise<void> {
    await Promise.all([this.publisher.connect(), this.subscriber.connect()]);
  }

  async subscribe(room: string, onMessage: (message: FanoutMessage) => void): Promise<void> {
    this.handlers.set(this.prefix + room, onMessage);
    await this.subscriber.subscribe(this.prefix + room);
  }

  async unsubscribe(room: string): Promise<void> {
    this.handlers.delete(this.prefix + room);
    await this.subscriber.unsubscribe(this.prefix + room);
  }

  publish(room: string, { kind, payload }: FanoutMessage): void {
    const message = Buffer.allocUnsafe(1 + idLength + payload.byteLength);
    message[0] = kind;
    this.instanceId.copy(message, 1);
    message.set(payload, 1 + idLength);
    const stopTimer = this.metrics.redisPublishSeconds.startTimer();
    this.publisher.publish(this.prefix + room, message).then(
      () => stopTimer(),
      (error: unknown) => this.log.warn({ err: error, room }, 'redis publish failed'),
    );
  }

  async ping(): Promise<void> {
    await this.publisher.ping();
  }

  async close(): Promise<void> {
    this.handlers.clear();
    await Promise.allSettled([this.publisher.quit(), this.subscriber.quit()]);
  }

  private receive(channel: Buffer, message: Buffer): void {
    if (message.length < 1 + idLength) return;
    if (message.subarray(1, 1 + idLength).equals(this.instanceId)) return;
    const handler = this.handlers.get(channel.toString());
    if (!handler) return;
    const payload = new Uint8Array(
      message.buffer,
      message.byteOffset + 1 + idLength,
      message.length - 1 - idLength,
    );
    handler({ kind: message[0] as FanoutKind, payload });
  }
}
