import { createServer as createHttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { AccessControl, isCurrent, type Grant } from './access/access-control.ts';
import { loadSecret } from './access/secret.ts';
import { TokenSigner } from './access/tokens.ts';
import { CloseCode } from './close-codes.ts';
import { Connection } from './connection.ts';
import { handleHttp } from './http-routes.ts';
import { createLogger } from './logger.ts';
import { resolveOptions, type ServerOptions } from './options.ts';
import type { Room } from './room.ts';
import { RoomRegistry } from './room-registry.ts';
import { createStaticHandler } from './static-files.ts';
import { CommitQueue } from './storage/commit-queue.ts';
import { createStore } from './storage/create-store.ts';
import { checkHealth } from './health.ts';
import { createMetrics } from './metrics.ts';
import { FanoutKind } from './scale/fanout.ts';
import { RedisFanout } from './scale/redis-fanout.ts';
import type { Store } from './storage/store.ts';
import { decideUpgrade, refuse } from './upgrade.ts';

export { defaults, type ServerOptions } from './options.ts';

export interface SketchroomServer {
  listen(): Promise<AddressInfo>;
  /** R11: stop accepting, close sockets with 1001, flush and compact every room. */
  close(): Promise<void>;
  readonly rooms: RoomRegistry;
  readonly store: Store;
  readonly access: AccessControl;
  connectionCount(): number;
}

export function createServer(options: ServerOptions = {}): SketchroomServer {
  const settings = resolveOptions(options);
  const log = settings.logger ?? createLogger();
  const metrics = createMetrics({ connections: () => connections.size, rooms: () => rooms.size });
  const store =
    settings.store ??
    createStore(settings.databaseUrl, settings.dataDir, settings.sqliteSynchronous);
  const fanout = settings.redisUrl ? new RedisFanout(settings.redisUrl, log, metrics) : null;
  const signer = new TokenSigner(loadSecret(settings.authSecret, settings.dataDir));
  const access = new AccessControl(store, signer, settings.openRooms);
  const commits = new CommitQueue(store, (seconds) => metrics.storageWriteSeconds.observe(seconds));
  const rooms = new RoomRegistry({
    store,
    commits,
    fanout,
    options: settings,
    metrics,
    log,
    onRevoke: (room) => void closeRevoked(room),
  });
  const connections = new Set<Connection>();
  let upgrading = 0;
  let stopping = false;

  const health = () =>
    checkHealth({ store, fanout, rooms: rooms.size, connections: connections.size });
  const app = createStaticHandler(settings.staticDir);
  const api = { access, log, revoke: (room: string) => revoke(room) };
  const http = createHttpServer(
    (request, response) =>
      void handleHttp(request, response, { health, app, api, metrics: metrics.registry }),
  );
  const wss = new WebSocketServer({ noServer: true, maxPayload: settings.maxMessageBytes });

  const gate = {
    access,
    allowedOrigins: settings.allowedOrigins ?? [],
    log,
    isStopping: () => stopping,
    hasCapacity: (room: string) =>
      // `upgrading` counts this request too.
      connections.size + upgrading <= settings.maxConnections &&
      (rooms.isLoaded(room) || rooms.size < settings.maxRooms),
  };

  http.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    upgrading += 1;
    decideUpgrade(request, gate)
      .then((decision) => {
        if ('status' in decision) return refuse(socket, decision.status, decision.text);
        if (stopping || socket.destroyed) return refuse(socket, 503, 'Service Unavailable');
        wss.handleUpgrade(request, socket, head, (ws) => accept(ws, decision.room, decision.grant));
      })
      .catch((error: unknown) => {
        log.error({ err: error }, 'upgrade failed');
        refuse(socket, 500, 'Internal Server Error');
      })
      .finally(() => (upgrading -= 1));
  });

  function accept(ws: WebSocket, roomName: string, grant: Grant): void {
    const connection = new Connection(
      ws,
      roomName,
      grant,
      log,
      {
        maxBufferedBytes: settings.maxBufferedBytes,
        maxPendingFrames: 256,
        maxPendingBytes: 2 * settings.maxMessageBytes,
        messagesPerSecond: settings.messagesPerSecond,
        messageBurst: settings.messageBurst,
        bytesPerSecond: settings.bytesPerSecond,
        byteBurst: Math.max(settings.bytesPerSecond, 2 * settings.maxMessageBytes),
      },
      metrics,
    );
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
      connection.log.info(
        { code, droppedUpdates: connection.droppedUpdates || undefined },
        'connection closed',
      );
      joined = joined.then((room) => {
        room?.leave(connection);
        return room;
      });
    });
  }

  /** After a link rotation, connections holding the old token go. */
  async function revoke(room: string): Promise<void> {
    fanout?.publish(room, { kind: FanoutKind.revoke, payload: new Uint8Array(0) });
    await closeRevoked(room);
  }

  async function closeRevoked(room: string): Promise<void> {
    const current = await store.readAccess(room);
    if (!current) return;
    for (const connection of connections) {
      if (connection.room === room && !isCurrent(connection.grant, current)) {
        connection.fail(CloseCode.linkRevoked, 'link revoked');
      }
    }
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
    access,
    connectionCount: () => connections.size,
    async listen() {
      await store.init();
      await fanout?.connect();
      return new Promise<AddressInfo>((resolve, reject) => {
        http.once('error', reject);
        http.listen(settings.port, settings.host, () => {
          const address = http.address() as AddressInfo;
          const shown = ['0.0.0.0', '::'].includes(address.address) ? 'localhost' : address.address;
          const url = `http://${shown}:${address.port}`;
          log.info(
            { port: address.port, host: address.address, url, storage: store.name },
            'listening',
          );
          resolve(address);
        });
      });
    },
    async close() {
      if (stopping) return;
      stopping = true;
      clearInterval(liveness);
      const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
      for (const connection of connections)
        connection.ws.close(CloseCode.goingAway, 'server shutting down');
      await rooms.closeAll();
      await fanout?.close();
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
