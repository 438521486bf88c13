import { createServer as createHttpServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { AccessControl, type Grant } from './access/access-control.ts';
import { loadSecret } from './access/secret.ts';
import { TokenSigner } from './access/tokens.ts';
import { Admission, type Slot } from './admission.ts';
import { AddressBuckets } from './limits/address-buckets.ts';
import { BoardCreation } from './api/board-creation.ts';
import { assetHooks } from './assets/asset-hooks.ts';
import { AssetSweep, type AssetSweepResult } from './assets/asset-sweep.ts';
import { CloseCode } from '@sketchroom/wire';
import { Connection } from './connection.ts';
import { accessHooks } from './access/access-hooks.ts';
import { Hooks, type ServerHooks } from './hooks.ts';
import { handleHttp } from './http-routes.ts';
import { metricsHooks } from './metrics-hooks.ts';
import { fanoutHooks } from './scale/fanout-hooks.ts';
import { createLogger } from './logger.ts';
import { resolveOptions, type ServerOptions } from './options.ts';
import { Revocation } from './revocation.ts';
import type { Room } from './room.ts';
import { RoomRegistry } from './room-registry.ts';
import { createStaticHandler } from './static-files.ts';
import { CommitQueue } from './storage/commit-queue.ts';
import { createStore } from './storage/create-store.ts';
import { checkHealth } from './health.ts';
import { createMetrics } from './metrics.ts';
import { RedisFanout } from './scale/redis-fanout.ts';
import type { Store } from './storage/store.ts';
import { decideUpgrade, refuse } from './upgrade.ts';
import { BoardVersions } from './versions/board-versions.ts';
import { historyHooks } from './versions/history-hooks.ts';
import { exportHooks } from './api/export-hooks.ts';
import { DAY_MS, HOUR_MS } from './versions/retention.ts';
import { VersionHistory } from './versions/version-history.ts';

export { defaults, type ServerOptions } from './options.ts';

export interface SketchroomServer {
  listen(): Promise<AddressInfo>;
  /** R11: stop accepting, close sockets with 1001, flush and compact every room. */
  close(): Promise<void>;
  readonly rooms: RoomRegistry;
  readonly store: Store;
  readonly access: AccessControl;
  connectionCount(): number;
  /** Every open connection, for tests and operators' tools. */
  connections(): ReadonlySet<Connection>;
  /** One run of the sweep of unused images, as the timer does it; `now` defaults to the clock. */
  sweepAssets(now?: number): Promise<AssetSweepResult>;
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
  const connections = new Set<Connection>();
  const revocation = new Revocation(store, connections, fanout);
  const api = {
    access,
    log,
    revoke: (room: string) => revocation.revoke(room),
    creation: new BoardCreation(settings),
  };
  const now = settings.now ?? Date.now;
  const history = new VersionHistory(
    store.versions,
    {
      intervalMs: settings.versionIntervalSeconds * 1000,
      retentionMs: settings.versionRetentionDays * DAY_MS,
      now,
    },
    log,
    (room) => rooms.get(room.name) === room,
  );
  const versionsApi = {
    access,
    log,
    versions: new BoardVersions(store.versions, history, () => rooms, commits),
    settings: store.versions,
    costly: new AddressBuckets(
      settings.versionRequestsPerMinute / 60,
      settings.versionRequestsPerMinute,
    ),
    trustProxy: settings.trustProxy,
  };
  const assetsApi = {
    access,
    assets: store.assets,
    limits: settings,
    uploads: new AddressBuckets(
      settings.assetUploadsPerMinute / 60,
      settings.assetUploadsPerMinute,
    ),
    // Bursts of half a minute's worth: a board of a few hundred images opens at once.
    downloads: new AddressBuckets(settings.assetBytesPerSecond, 32 * settings.assetBytesPerSecond),
    trustProxy: settings.trustProxy,
    now,
    log,
  };
  // Run in this order: the operator's own hooks first, then access control, version history,
  // images, scale-out, metrics.
  const hookList: ServerHooks[] = [
    ...(settings.hooks ?? []),
    accessHooks(api),
    historyHooks(history, versionsApi),
    assetHooks(assetsApi),
    exportHooks({
      access,
      rooms: () => rooms,
      assets: store.assets,
      requests: new AddressBuckets(
        settings.exportRequestsPerMinute / 60,
        settings.exportRequestsPerMinute,
      ),
      maxShapes: settings.exportMaxShapes,
      trustProxy: settings.trustProxy,
      log,
    }),
  ];
  if (fanout) {
    const peers = {
      sweep: (room: string) => revocation.sweep(room),
      resync: (room: string) => rooms.resyncRoom(room),
    };
    hookList.push(fanoutHooks(fanout, peers, settings.maxPendingBytes));
  }
  hookList.push(metricsHooks(metrics, settings.metricsToken));
  const hooks = new Hooks(hookList, log);
  const rooms = new RoomRegistry({
    store,
    commits,
    hooks,
    options: settings,
    metrics,
    log,
    admit: (connection) => revocation.admit(connection),
  });
  fanout?.onReconnect(() => rooms.resyncAll());
  const admission = new Admission(settings, rooms);
  // Repeats beyond each connection's join, per address: ten connections' worth.
  const syncRequestsByAddress = new AddressBuckets(
    (10 * settings.syncRequestsPerMinute) / 60,
    10 * settings.syncRequestsPerMinute,
  );
  let stopping = false;

  const health = () =>
    checkHealth({
      store,
      fanout,
      commits,
      dataDir: settings.databaseUrl || settings.store ? null : settings.dataDir,
      minFreeDiskBytes: settings.minFreeDiskBytes,
      rooms: rooms.size,
      connections: connections.size,
    });
  const app = createStaticHandler(settings.staticDir, log);
  const http = createHttpServer(
    (request, response) =>
      void handleHttp(request, response, { health, app, hooks }).catch((error: unknown) => {
        log.error({ err: error }, 'request failed');
        if (!response.headersSent) response.writeHead(500);
        response.end();
      }),
  );
  // The sync protocol has no subprotocol name: offered ones are never echoed back (RFC 6455).
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: settings.maxMessageBytes,
    handleProtocols: () => false,
  });

  const gate = {
    authenticate: (room: string, token: string | null, request: IncomingMessage) =>
      hooks.authenticate({ room, token, request }),
    allowedOrigins: settings.allowedOrigins ?? [],
    log,
    isStopping: () => stopping,
    reserve: (request: Parameters<Admission['reserve']>[0], room: string) =>
      admission.reserve(request, room),
  };

  http.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy());
    let slot: Slot | null = null;
    decideUpgrade(request, gate)
      .then((decision) => {
        if ('status' in decision) return refuse(socket, decision.status, decision.text);
        slot = decision.slot;
        if (stopping || socket.destroyed) {
          slot.release();
          return refuse(socket, 503, 'Service Unavailable');
        }
        const held = slot;
        wss.handleUpgrade(request, socket, head, (ws) =>
          accept(ws, decision.room, decision.grant, held),
        );
      })
      .catch((error: unknown) => {
        slot?.release();
        log.error({ err: error }, 'upgrade failed');
        refuse(socket, 500, 'Internal Server Error');
      });
  });

  function accept(ws: WebSocket, roomName: string, grant: Grant, slot: Slot): void {
    const connection = new Connection(
      ws,
      roomName,
      grant,
      slot.address,
      log,
      {
        maxBufferedBytes: settings.maxBufferedBytes,
        maxPendingFrames: 256,
        maxPendingBytes: 2 * settings.maxMessageBytes,
        messagesPerSecond: settings.messagesPerSecond,
        messageBurst: settings.messageBurst,
        bytesPerSecond: settings.bytesPerSecond,
        byteBurst: Math.max(settings.bytesPerSecond, 2 * settings.maxMessageBytes),
        syncRequestsPerMinute: settings.syncRequestsPerMinute,
        syncRequestsByAddress,
        replyBytesPerSecond: settings.replyBytesPerSecond,
        replyByteBurst: 2 * settings.maxMessageBytes,
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
      slot.release();
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
  // Automatic versions for rooms whose edits stopped while people stay; retention hourly.
  const versionTick = setInterval(
    () => void history.tick(rooms.loaded()),
    settings.versionIntervalSeconds * 1000,
  );
  versionTick.unref();
  const retention = setInterval(() => void sweepVersions(), HOUR_MS);
  retention.unref();
  const sweepVersions = () =>
    history
      .sweep(rooms.loaded())
      .catch((error: unknown) => log.error({ err: error }, 'version retention failed'));
  const assetSweep = new AssetSweep(
    store,
    {
      graceMs: settings.assetGraceSeconds * 1000,
      loadedDoc: (name) => {
        const room = rooms.get(name);
        return room && !room.isFailed ? room.doc : null;
      },
    },
    log,
  );
  const imageSweep = setInterval(
    () =>
      void assetSweep
        .sweep(now())
        .catch((error: unknown) => log.error({ err: error }, 'image sweep failed')),
    settings.assetSweepIntervalSeconds * 1000,
  );
  imageSweep.unref();

  return {
    rooms,
    store,
    access,
    connectionCount: () => connections.size,
    connections: () => connections,
    sweepAssets: (at?: number) => assetSweep.sweep(at ?? now()),
    async listen() {
      await store.init();
      await fanout?.connect();
      void sweepVersions();
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
      clearInterval(versionTick);
      clearInterval(retention);
      clearInterval(imageSweep);
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
