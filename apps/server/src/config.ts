import { defaults, type ServerOptions } from './server.ts';
import { LOG_LEVELS, type LogLevel } from './logger.ts';

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export interface Config extends ServerOptions {
  logLevel: LogLevel;
}

type Env = Record<string, string | undefined>;

/** Reads the environment; any bad value throws one ConfigError naming the variable. */
export function readConfig(env: Env): Config {
  return {
    port: integer(env, 'PORT', defaults.port, 0, 65_535),
    host: env.HOST?.trim() || defaults.host,
    dataDir: env.DATA_DIR?.trim() || defaults.dataDir,
    staticDir: env.STATIC_DIR?.trim() || defaults.staticDir,
    allowedOrigins: origins(env.ALLOWED_ORIGINS),
    maxMessageBytes: integer(env, 'MAX_MESSAGE_BYTES', defaults.maxMessageBytes, 1024, 1024 ** 3),
    maxBufferedBytes: integer(
      env,
      'MAX_BUFFERED_BYTES',
      defaults.maxBufferedBytes,
      1024,
      1024 ** 3,
    ),
    pingIntervalMs: integer(env, 'PING_INTERVAL_MS', defaults.pingIntervalMs, 100, 600_000),
    unloadDelayMs: integer(env, 'UNLOAD_DELAY_MS', defaults.unloadDelayMs, 0, 3_600_000),
    compactAfterRows: integer(env, 'COMPACT_AFTER_ROWS', defaults.compactAfterRows, 2, 10_000_000),
    compactAfterBytes: integer(
      env,
      'COMPACT_AFTER_BYTES',
      defaults.compactAfterBytes,
      1024,
      1024 ** 4,
    ),
    logLevel: logLevel(env.LOG_LEVEL),
  };
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
