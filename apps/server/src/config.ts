import { defaults, type ServerOptions } from './server.ts';
import { LOG_LEVELS, type LogLevel } from './logger.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config extends ServerOptions {
  logLevel: LogLevel;
  /** How long shutdown may take before the process exits anyway. */
  shutdownTimeoutMs: number;
}

type Env = Record<string, string | undefined>;

const GiB = 1024 ** 3;

/** Whole-number settings: option, variable, smallest and largest allowed value. */
const numbers = [
  ['port', 'PORT', 0, 65_535],
  ['maxMessageBytes', 'MAX_MESSAGE_BYTES', 1024, GiB],
  ['maxBufferedBytes', 'MAX_BUFFERED_BYTES', 1024, GiB],
  ['messagesPerSecond', 'RATE_LIMIT_MESSAGES', 1, 1_000_000],
  ['messageBurst', 'RATE_LIMIT_BURST', 1, 10_000_000],
  ['bytesPerSecond', 'RATE_LIMIT_BYTES', 1024, 64 * GiB],
  ['maxAwarenessIdsPerConnection', 'MAX_AWARENESS_IDS', 1, 1_000],
  ['maxRoomBytes', 'MAX_ROOM_BYTES', 1024, 64 * GiB],
  ['maxPendingBytes', 'MAX_PENDING_BYTES', 0, GiB],
  ['maxConnections', 'MAX_CONNECTIONS', 1, 10_000_000],
  ['maxRooms', 'MAX_ROOMS', 1, 10_000_000],
  ['maxConnectionsPerAddress', 'MAX_CONNECTIONS_PER_IP', 1, 10_000_000],
  ['maxRoomConnections', 'MAX_ROOM_CONNECTIONS', 1, 10_000_000],
  ['connectionsPerMinute', 'RATE_LIMIT_CONNECTIONS', 1, 10_000_000],
  ['maxRoomStructs', 'MAX_ROOM_STRUCTS', 1_000, 1_000_000_000],
  ['maxRoomTypes', 'MAX_ROOM_TYPES', 100, 1_000_000_000],
  ['maxTypeDepth', 'MAX_TYPE_DEPTH', 3, 1_000],
  ['maxValueDepth', 'MAX_VALUE_DEPTH', 3, 1_000],
  ['maxAwarenessStateBytes', 'MAX_AWARENESS_BYTES', 256, 16 * 1024 * 1024],
  ['maxAwarenessDepth', 'MAX_AWARENESS_DEPTH', 2, 1_000],
  ['syncRequestsPerMinute', 'RATE_LIMIT_SYNC_REQUESTS', 1, 1_000_000],
  ['replyBytesPerSecond', 'RATE_LIMIT_REPLY_BYTES', 1024, 64 * GiB],
  ['boardsPerHour', 'RATE_LIMIT_BOARDS', 1, 10_000_000],
  ['loadTimeoutMs', 'LOAD_TIMEOUT_MS', 100, 3_600_000],
  ['minFreeDiskBytes', 'MIN_FREE_DISK_BYTES', 0, 1024 * GiB],
  ['pingIntervalMs', 'PING_INTERVAL_MS', 100, 600_000],
  ['unloadDelayMs', 'UNLOAD_DELAY_MS', 0, 3_600_000],
  ['compactAfterRows', 'COMPACT_AFTER_ROWS', 2, 10_000_000],
  ['compactAfterBytes', 'COMPACT_AFTER_BYTES', 1024, 1024 * GiB],
  ['versionIntervalSeconds', 'VERSION_INTERVAL_S', 10, 86_400],
  ['versionRetentionDays', 'VERSION_RETENTION_DAYS', 1, 36_500],
  ['versionRequestsPerMinute', 'RATE_LIMIT_VERSIONS', 1, 1_000_000],
  ['exportRequestsPerMinute', 'RATE_LIMIT_EXPORTS', 1, 1_000_000],
  ['exportMaxShapes', 'EXPORT_MAX_SHAPES', 1, 1_000_000],
  ['assetMaxBytes', 'ASSET_MAX_BYTES', 1, GiB],
  ['assetMaxPerBoard', 'ASSET_MAX_PER_BOARD', 1, 1_000_000],
  ['assetMaxBoardBytes', 'ASSET_MAX_BOARD_BYTES', 1, 1024 * GiB],
  ['assetUploadsPerMinute', 'RATE_LIMIT_ASSET_UPLOADS', 1, 1_000_000],
  ['assetUploadTimeoutMs', 'ASSET_UPLOAD_TIMEOUT_MS', 100, 3_600_000],
  ['assetBytesPerSecond', 'RATE_LIMIT_ASSET_BYTES', 1, 64 * GiB],
  ['assetMaxSide', 'ASSET_MAX_SIDE', 1, 16_384],
  ['assetSweepIntervalSeconds', 'ASSET_SWEEP_INTERVAL_S', 1, 604_800],
  ['assetGraceSeconds', 'ASSET_GRACE_S', 0, 31_536_000],
] as const;

/** Reads the environment; any bad value throws one ConfigError naming the variable. */
export function readConfig(env: Env): Config {
  const config: Config = {
    host: env.HOST?.trim() || defaults.host,
    dataDir: env.DATA_DIR?.trim() || defaults.dataDir,
    staticDir: env.STATIC_DIR?.trim() || defaults.staticDir,
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    authSecret: secret(env.AUTH_SECRET),
    databaseUrl: serviceUrl(env, 'DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: serviceUrl(env, 'REDIS_URL', ['redis:', 'rediss:']),
    openRooms: boolean(env, 'OPEN_ROOMS', defaults.openRooms),
    trustProxy: boolean(env, 'TRUST_PROXY', defaults.trustProxy),
    assetKeepOriginal: boolean(env, 'ASSET_KEEP_ORIGINAL', defaults.assetKeepOriginal),
    boardCreation: boardCreation(env.BOARD_CREATION),
    adminToken: bearerSecret(env, 'ADMIN_TOKEN'),
    metricsToken: bearerSecret(env, 'METRICS_TOKEN'),
    sqliteSynchronous: sqliteSynchronous(env.SQLITE_SYNCHRONOUS),
    logLevel: logLevel(env.LOG_LEVEL),
    shutdownTimeoutMs: integer(env, 'SHUTDOWN_TIMEOUT_MS', 10_000, 100, 600_000),
  };
  for (const [option, name, min, max] of numbers) {
    config[option] = integer(env, name, defaults[option], min, max);
  }
  if (config.boardCreation === 'token' && !config.adminToken) {
    throw new ConfigError('BOARD_CREATION=token needs ADMIN_TOKEN: nobody could create a board');
  }
  if (config.databaseUrl && !config.authSecret) {
    throw new ConfigError(
      'AUTH_SECRET is required with DATABASE_URL: every instance must sign links with the same key',
    );
  }
  return config;
}

function boolean(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name]?.trim().toLowerCase();
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(`${name} must be true or false, got "${env[name]}"`);
}

function serviceUrl(env: Env, name: string, protocols: string[]): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(`${name} is not a URL (expected ${protocols[0]}//host:port/…)`);
  }
  if (!protocols.includes(url.protocol)) {
    throw new ConfigError(`${name} must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

function boardCreation(raw: string | undefined): 'open' | 'token' {
  const value = raw?.trim().toLowerCase() || defaults.boardCreation;
  if (value !== 'open' && value !== 'token') {
    throw new ConfigError(`BOARD_CREATION must be open or token, got "${raw}"`);
  }
  return value;
}

/** A bearer token the operator chose; any non-blank value works (a long random one is best). */
function bearerSecret(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function sqliteSynchronous(raw: string | undefined): 'normal' | 'full' {
  const value = raw?.trim().toLowerCase() || defaults.sqliteSynchronous;
  if (value !== 'normal' && value !== 'full') {
    throw new ConfigError(`SQLITE_SYNCHRONOUS must be normal or full, got "${raw}"`);
  }
  return value;
}

function secret(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  // Never echo the value: it would land in logs.
  if (raw.length < 32) throw new ConfigError('AUTH_SECRET must be at least 32 characters long');
  return raw;
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name]?.trim();
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function origins(raw: string | undefined): string[] {
  if (!raw?.trim()) return [];
  return raw.split(',').map((entry) => {
    const origin = entry.trim();
    let url: URL;
    try {
      url = new URL(origin);
    } catch {
      throw new ConfigError(
        `ALLOWED_ORIGINS entry "${origin}" is not a URL origin like https://example.com`,
      );
    }
    if (url.origin !== origin) {
      throw new ConfigError(
        `ALLOWED_ORIGINS entry "${origin}" must be a bare origin, e.g. "${url.origin}"`,
      );
    }
    return origin;
  });
}

function logLevel(raw: string | undefined): LogLevel {
  const level = raw?.trim() || 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${level}"`);
  }
  return level as LogLevel;
}
