import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer, type WebSocket } from 'ws';
import { CloseCode } from './close-codes.ts';
import { Connection } from './connection.ts';
import { handleHttp } from './http-routes.ts';
import { createStaticHandler } from './static-files.ts';
import { createLogger, type Logger } from './logger.ts';
import { isOriginAllowed } from './origin-check.ts';
import type { Room } from './room.ts';
import { RoomRegistry } from './room-registry.ts';
import { CommitQueue } from './storage/commit-queue.ts';
import { SqliteStore } from './storage/sqlite-store.ts';
import type { Store } from './storage/store.ts';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** The built web app; served on the same port as the rooms when the folder exists. */
  staticDir?: string;
  /** Where the SQLite file lives when no `store` is given. */
  dataDir?: string;
  store?: Store;
  allowedOrigins?: readonly string[];
  maxMessageBytes?: number;
  maxBufferedBytes?: number;
  pingIntervalMs?: number;
  unloadDelayMs?: number;
  compactAfterRows?: number;
  compactAfterBytes?: number;
  logger?: Logger;
}

export const defaults = {
  port: 3000,
  host: '0.0.0.0',
  dataDir: './data',
  staticDir: fileURLToPath(new URL('../../../dist/web', import.meta.url)),
  maxMessageBytes: 16 * 1024 * 1024,
  maxBufferedBytes: 32 * 1024 * 1024,
  pingIntervalMs: 30_000,
  unloadDelayMs: 5_000,
  compactAfterRows: 500,
  compactAfterBytes: 4 * 1024 * 1024,
} as const;

export interface SketchroomServer {
  listen(): Promise<AddressInfo>;
  /** R11: stop accepting, close sockets with 1001, flush and compact every room. */
  close(): Promise<void>;
  readonly rooms: RoomRegistry;
  readonly store: Store;
  connectionCount(): number;
}

export function createServer(options: ServerOptions = {}): SketchroomServer {
  const settings = { ...defaults, ...withoutUndefined(options) };
  const log = options.logger ?? createLogger();
  const store = options.store ?? new SqliteStore(join(settings.dataDir, 'sketchroom.db'));
  const commits = new CommitQueue(store);
  const rooms = new RoomRegistry(store, commits, settings, log);
  const connections = new Set<Connection>();
  const allowedOrigins = settings.allowedOrigins ?? [];
  let stopping = false;

  const health = () => ({
    status: 'ok' as const,
    rooms: rooms.size,
    connections: connections.size,
  });
  const app = createStaticHandler(settings.staticDir);
  const http = createHttpServer((request, response) => handleHttp(request, response, health, app));
  const wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxMessageBytes });

  http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    if (stopping) return refuse(socket, 503, 'Service Unavailable');
    if (!isOriginAllowed(request, allowedOrigins)) {
      log.warn({ origin: request.headers.origin }, 'upgrade refused: origin not allowed');
      return refuse(socket, 403, 'Forbidden');
    }
    const room = roomFromUrl(request.url);
    if (room === null) return refuse(socket, 400, 'Bad Request');
    wss.handleUpgrade(request, socket, head, (ws) => accept(ws, room));
  });

  function accept(ws: WebSocket, roomName: string): void {
    const connection = new Connection(ws, roomName, log, {
      maxBufferedBytes: settings.maxBufferedBytes,
      maxPendingFrames: 256,
      maxPendingBytes: 2 * settings.maxMessageBytes,
    });
    connections.add(connection);
    connection.log.info('connection opened');
    let joined: Promise<Room | null> = rooms.join(roomName, connection).catch((error: unknown) => {
      connection.log.error({ err: error }, 'room failed to load');
      connection.fail(CloseCode.internalError, 'room failed to load');
      return null;
    });
    ws.on('error', (error) => connection.log.warn({ err: error }, 'socket error'));
    ws.on('close', (code) => {
      connections.delete(connection);
      connection.log.info({ code }, 'connection closed');
      joined = joined.then((room) => {
        room?.leave(connection);
        return room;
      });
    });
  }

  // R6: a connection that has not answered the previous ping is dead.
  const liveness = setInterval(() => {
    for (const connection of connections) {
      if (!connection.alive) {
        connection.log.info('no pong; terminating');
        connection.ws.terminate();
        continue;
      }
      connection.alive = false;
      connection.ws.ping();
    }
  }, settings.pingIntervalMs);
  liveness.unref();

  return {
    rooms,
    store,
    connectionCount: () => connections.size,
    listen: () =>
      new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(settings.port, settings.host, () => {
          const address = http.address() as AddressInfo;
          log.info({ port: address.port, host: address.address }, 'listening');
          resolve(address);
        });
      }),
    async close() {
      if (stopping) return;
      stopping = true;
      clearInterval(liveness);
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      for (const connection of connections)
        connection.ws.close(CloseCode.goingAway, 'server shutting down');
      await rooms.closeAll();
      await store.close();
      // Sockets that did not finish the closing handshake in time are cut.
      const cut = setTimeout(() => {
        for (const connection of connections) connection.ws.terminate();
        http.closeAllConnections();
      }, 2_000);
      await httpClosed;
      clearTimeout(cut);
      log.info('server stopped');
    },
  };
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** R1: the room is the URL path; the query string is for tokens. */
export function roomFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  const path = url.split('?')[0]!.slice(1);
  let room: string;
  try {
    room = decodeURIComponent(path);
  } catch {
    return null;
  }
  if (room.length === 0 || room.length > 256) return null;
  return room;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
