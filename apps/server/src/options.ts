import { fileURLToPath } from 'node:url';
import type { ServerHooks } from './hooks.ts';
import type { Logger } from './logger.ts';
import type { Store } from './storage/store.ts';

export interface ServerOptions {
  port?: number;
  host?: string;
  /** The built web app; served on the same port as the rooms when the folder exists. */
  staticDir?: string;
  /** Where the SQLite file and the generated link secret live. */
  dataDir?: string;
  store?: Store;
  /** SQLite durability: 'normal' survives a crashed process, 'full' also a power loss. */
  sqliteSynchronous?: 'normal' | 'full';
  /** PostgreSQL instead of SQLite, for several instances sharing one database. */
  databaseUrl?: string;
  /** Redis for fan-out between instances. */
  redisUrl?: string;
  allowedOrigins?: readonly string[];
  /** Signs board links; a random secret is kept in `dataDir` when unset. */
  authSecret?: string;
  /** Let anyone join a room that was not created through the app, as plain y-websocket does. */
  openRooms?: boolean;
  maxMessageBytes?: number;
  maxBufferedBytes?: number;
  messagesPerSecond?: number;
  messageBurst?: number;
  bytesPerSecond?: number;
  maxAwarenessIdsPerConnection?: number;
  maxRoomBytes?: number;
  maxPendingBytes?: number;
  maxConnections?: number;
  maxRooms?: number;
  /** Connections one client address may hold open at once, and one room may hold. */
  maxConnectionsPerAddress?: number;
  maxRoomConnections?: number;
  /** New connections one client address may open per minute (also the burst). */
  connectionsPerMinute?: number;
  /** Memory budget of one room: structs and shared types in its document. */
  maxRoomStructs?: number;
  maxRoomTypes?: number;
  /** Nesting of shared types in a document, and of JSON values inside its items. */
  maxTypeDepth?: number;
  maxValueDepth?: number;
  /** One presence (awareness) state: its JSON bytes and nesting. */
  maxAwarenessStateBytes?: number;
  maxAwarenessDepth?: number;
  /** Sync step 1 and presence queries a connection may send per minute, and their reply bytes per second. */
  syncRequestsPerMinute?: number;
  replyBytesPerSecond?: number;
  /** Boards one client address may create per hour. */
  boardsPerHour?: number;
  /** Who may create boards: anyone, or only holders of the admin token. */
  boardCreation?: 'open' | 'token';
  adminToken?: string;
  /** Protects /metrics with a bearer token when set. */
  metricsToken?: string;
  /** Take the client address from X-Forwarded-For (behind a reverse proxy). */
  trustProxy?: boolean;
  /** A room that takes longer to load fails its joiners with 1011. */
  loadTimeoutMs?: number;
  /** Below this much free space in the data directory, /healthz reports degraded. */
  minFreeDiskBytes?: number;
  pingIntervalMs?: number;
  unloadDelayMs?: number;
  compactAfterRows?: number;
  compactAfterBytes?: number;
  /** At most one automatic version per this many seconds of activity in a room. */
  versionIntervalSeconds?: number;
  /** Versions that are not named are removed once older than this many days. */
  versionRetentionDays?: number;
  /** Version requests that cost a document (name, restore, read) per client address and minute. */
  versionRequestsPerMinute?: number;
  /** Board exports (PDF, SVG, PNG) per client address and minute. */
  exportRequestsPerMinute?: number;
  /** Boards with more shapes than this are not exported by the server. */
  exportMaxShapes?: number;
  /** Largest image upload in bytes. */
  assetMaxBytes?: number;
  /** Images one board may own, and their bytes together. */
  assetMaxPerBoard?: number;
  assetMaxBoardBytes?: number;
  /** Image uploads per client address and minute. */
  assetUploadsPerMinute?: number;
  /** An upload's body must have arrived within this long (a trickling sender is cut off). */
  assetUploadTimeoutMs?: number;
  /** Image bytes served per client address and second; bursts of 32 seconds' worth. */
  assetBytesPerSecond?: number;
  /** Longest image side accepted (the browser downscales to it) unless originals are kept. */
  assetMaxSide?: number;
  assetKeepOriginal?: boolean;
  /** How often images no shape or version uses are swept, and how long a new one is safe. */
  assetSweepIntervalSeconds?: number;
  assetGraceSeconds?: number;
  /** The clock of version history and image ownership (epoch ms); tests move it instead of waiting. */
  now?: () => number;
  logger?: Logger;
  /** Extension points, run before the built-in ones (access control, scale-out, metrics). */
  hooks?: readonly ServerHooks[];
}

const MiB = 1024 * 1024;

export const defaults = {
  port: 3000,
  host: '0.0.0.0',
  dataDir: fileURLToPath(new URL('../../../data', import.meta.url)),
  staticDir: fileURLToPath(new URL('../../../dist/web', import.meta.url)),
  openRooms: false,
  sqliteSynchronous: 'normal' as 'normal' | 'full',
  maxMessageBytes: 16 * MiB,
  maxBufferedBytes: 32 * MiB,
  messagesPerSecond: 300,
  messageBurst: 1_000,
  bytesPerSecond: 4 * MiB,
  maxAwarenessIdsPerConnection: 4,
  maxRoomBytes: 64 * MiB,
  maxPendingBytes: 1 * MiB,
  maxConnections: 20_000,
  maxRooms: 5_000,
  maxConnectionsPerAddress: 200,
  maxRoomConnections: 1_000,
  connectionsPerMinute: 300,
  maxRoomStructs: 1_000_000,
  maxRoomTypes: 200_000,
  maxTypeDepth: 32,
  maxValueDepth: 64,
  maxAwarenessStateBytes: 8 * 1024,
  maxAwarenessDepth: 16,
  syncRequestsPerMinute: 20,
  replyBytesPerSecond: 8 * MiB,
  boardsPerHour: 60,
  boardCreation: 'open' as 'open' | 'token',
  trustProxy: false,
  loadTimeoutMs: 10_000,
  minFreeDiskBytes: 100 * MiB,
  pingIntervalMs: 30_000,
  unloadDelayMs: 5_000,
  compactAfterRows: 500,
  compactAfterBytes: 4 * MiB,
  versionIntervalSeconds: 300,
  versionRetentionDays: 90,
  versionRequestsPerMinute: 30,
  exportRequestsPerMinute: 10,
  exportMaxShapes: 20_000,
  assetMaxBytes: 10 * MiB,
  assetMaxPerBoard: 1_000,
  assetMaxBoardBytes: 512 * MiB,
  assetUploadsPerMinute: 60,
  assetUploadTimeoutMs: 120_000,
  assetBytesPerSecond: 8 * MiB,
  assetMaxSide: 4096,
  assetKeepOriginal: false,
  assetSweepIntervalSeconds: 3600,
  assetGraceSeconds: 86_400,
} as const;

export type Settings = typeof defaults & Omit<ServerOptions, keyof typeof defaults>;

export function resolveOptions(options: ServerOptions): Settings {
  const given = Object.fromEntries(
    Object.entries(options).filter(([, value]) => value !== undefined),
  );
  return { ...defaults, ...given } as Settings;
}
