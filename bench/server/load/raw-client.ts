// A bare y-websocket client: no Y.Doc, no awareness object, so thousands fit in one process.
// It holds nothing, asks for everything and hands each inbound message to its owner.
import { decodeMessage, encodeSyncStep1, encodeSyncStep2, type Message } from '@sketchroom/wire';
import WebSocket from 'ws';

export type MessageHandler = (message: Message, receivedAt: number) => void;

/** A client with nothing yet asks for everything: an empty state vector. */
const emptySyncStep1 = encodeSyncStep1(new Uint8Array([0]));
/** The reply of a client holding nothing: an update with no structs and no deletions. */
const emptySyncStep2 = encodeSyncStep2(new Uint8Array([0, 0]));

const connectTimeoutMs = 30_000;

export class RawClient {
  /** Frames received since the counter was last reset. */
  frames = 0;
  /** When sync step 2 arrived, or null until then. */
  syncedAt: number | null = null;
  /** The server closed this connection while the bench still wanted it. */
  droppedByServer = false;
  onMessage: MessageHandler | null = null;
  /** Once synced, only count frames: a cheap receiver for crowds where a few probes measure. */
  countOnly = false;
  private closing = false;
  private whenSynced: (() => void) | null = null;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => this.receive(data));
    ws.on('close', () => {
      if (!this.closing) this.droppedByServer = true;
    });
  }

  /** Opens a connection to `room` and starts the sync handshake. */
  static open(url: string, room: string): Promise<RawClient> {
    const ws = new WebSocket(`${url}/${encodeURIComponent(room)}`, { perMessageDeflate: false });
    const client = new RawClient(ws);
    return new Promise((resolve, reject) => {
      const fail = (error: Error) => {
        clearTimeout(timer);
        ws.terminate();
        reject(error);
      };
      const timer = setTimeout(() => fail(new Error('connect timed out')), connectTimeoutMs);
      ws.once('error', fail);
      ws.once('unexpected-response', (_request, response) =>
        fail(new Error(`upgrade refused: ${response.statusCode}`)),
      );
      ws.once('open', () => {
        clearTimeout(timer);
        ws.off('error', fail);
        // Errors after the handshake surface as a close, counted in droppedByServer.
        ws.on('error', () => undefined);
        ws.send(emptySyncStep1);
        resolve(client);
      });
    });
  }

  /** Resolves once the server's sync step 2 (the document it holds) has arrived. */
  synced(timeoutMs = 60_000): Promise<void> {
    if (this.syncedAt !== null) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('sync timed out')), timeoutMs);
      this.whenSynced = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }

  send(message: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(message);
  }

  close(): void {
    this.closing = true;
    this.ws.terminate();
  }

  private receive(data: Buffer): void {
    const receivedAt = performance.now();
    this.frames += 1;
    if (this.countOnly && this.syncedAt !== null) return;
    // A frame the server should never have sent throws here and fails the job loudly.
    const message = decodeMessage(data);
    if (message.kind === 'sync-step1') this.send(emptySyncStep2);
    if (message.kind === 'sync-step2' && this.syncedAt === null) {
      this.syncedAt = receivedAt;
      this.whenSynced?.();
    }
    this.onMessage?.(message, receivedAt);
  }
}

/** Opens `count` clients, at most `parallel` handshakes at a time so the listen backlog holds. */
export async function openMany(
  url: string,
  rooms: (index: number) => string,
  count: number,
  parallel = 100,
): Promise<RawClient[]> {
  const clients: RawClient[] = new Array<RawClient>(count);
  let next = 0;
  let failure: unknown = null;
  const worker = async () => {
    while (next < count && failure === null) {
      const index = next++;
      try {
        clients[index] = await RawClient.open(url, rooms(index));
      } catch (error) {
        failure ??= error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
  if (failure !== null) {
    closeAll(clients);
    throw failure;
  }
  return clients;
}

export function closeAll(clients: readonly (RawClient | undefined)[]): void {
  for (const client of clients) client?.close();
}
