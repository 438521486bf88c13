import { describe, expect, it } from 'vitest';
import { ConfigError, readConfig } from './config.ts';
import { defaults } from './server.ts';

describe('readConfig', () => {
  it('has working defaults for everything', () => {
    const config = readConfig({});
    expect(config).toMatchObject({
      port: defaults.port,
      host: defaults.host,
      dataDir: defaults.dataDir,
      allowedOrigins: [],
      maxMessageBytes: defaults.maxMessageBytes,
      logLevel: 'info',
    });
  });

  it('reads every variable', () => {
    const config = readConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/sketchroom',
      ALLOWED_ORIGINS: 'https://a.example, https://b.example:8443',
      MAX_MESSAGE_BYTES: '1048576',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/sketchroom',
      allowedOrigins: ['https://a.example', 'https://b.example:8443'],
      maxMessageBytes: 1048576,
      logLevel: 'warn',
    });
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number from 0 to 65535/],
    [{ MAX_MESSAGE_BYTES: '-5' }, /MAX_MESSAGE_BYTES/],
    [{ PING_INTERVAL_MS: '1.5' }, /PING_INTERVAL_MS/],
    [{ ALLOWED_ORIGINS: 'not a url' }, /ALLOWED_ORIGINS entry "not a url"/],
    [
      { ALLOWED_ORIGINS: 'https://a.example/path' },
      /must be a bare origin, e.g. "https:\/\/a.example"/,
    ],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
    [
      { DATABASE_URL: 'mysql://db/x', AUTH_SECRET: 'x'.repeat(32) },
      /DATABASE_URL must start with postgres:\/\//,
    ],
    [{ DATABASE_URL: 'postgres://db/x' }, /AUTH_SECRET is required with DATABASE_URL/],
    [{ REDIS_URL: 'localhost:6379' }, /REDIS_URL must start with redis:\/\//],
    [{ AUTH_SECRET: 'short' }, /AUTH_SECRET must be at least 32 characters/],
    [{ OPEN_ROOMS: 'maybe' }, /OPEN_ROOMS must be true or false/],
    [{ SQLITE_SYNCHRONOUS: 'sometimes' }, /SQLITE_SYNCHRONOUS must be normal or full/],
    [{ BOARD_CREATION: 'closed' }, /BOARD_CREATION must be open or token/],
    [{ MAX_AWARENESS_DEPTH: 'deep' }, /MAX_AWARENESS_DEPTH must be a whole number/],
    [{ RATE_LIMIT_CONNECTIONS: '0' }, /RATE_LIMIT_CONNECTIONS must be a whole number from 1/],
    [{ VERSION_INTERVAL_S: '5' }, /VERSION_INTERVAL_S must be a whole number from 10 to 86400/],
    [{ VERSION_RETENTION_DAYS: '0' }, /VERSION_RETENTION_DAYS must be a whole number from 1/],
    [{ VERSION_RETENTION_DAYS: 'forever' }, /VERSION_RETENTION_DAYS/],
    [{ RATE_LIMIT_VERSIONS: '0' }, /RATE_LIMIT_VERSIONS must be a whole number from 1/],
    [{ ASSET_MAX_SIDE: '20000' }, /ASSET_MAX_SIDE must be a whole number from 1 to 16384/],
    [{ ASSET_MAX_BYTES: '10MB' }, /ASSET_MAX_BYTES must be a whole number/],
    [{ ASSET_KEEP_ORIGINAL: 'yes' }, /ASSET_KEEP_ORIGINAL must be true or false/],
  ])('refuses %j with one clear message', (env, message) => {
    expect(() => readConfig(env)).toThrow(ConfigError);
    expect(() => readConfig(env)).toThrow(message);
  });

  it('reads the hardening settings, tokens as given', () => {
    const config = readConfig({
      METRICS_TOKEN: ' scrape ',
      BOARD_CREATION: 'token',
      ADMIN_TOKEN: 'operator',
      TRUST_PROXY: 'true',
      MAX_ROOM_STRUCTS: '5000',
      LOAD_TIMEOUT_MS: '2500',
    });
    expect(config).toMatchObject({
      metricsToken: 'scrape',
      boardCreation: 'token',
      adminToken: 'operator',
      trustProxy: true,
      maxRoomStructs: 5000,
      loadTimeoutMs: 2500,
    });
  });

  it('reads the version history settings, with defaults of 5 minutes, 90 days and 30 a minute', () => {
    expect(readConfig({})).toMatchObject({
      versionIntervalSeconds: 300,
      versionRetentionDays: 90,
      versionRequestsPerMinute: 30,
    });
    expect(
      readConfig({
        VERSION_INTERVAL_S: '60',
        VERSION_RETENTION_DAYS: '7',
        RATE_LIMIT_VERSIONS: '5',
      }),
    ).toMatchObject({
      versionIntervalSeconds: 60,
      versionRetentionDays: 7,
      versionRequestsPerMinute: 5,
    });
  });

  it('reads the image settings, with defaults of 10 MiB, 4096 px, 1000 images and 60 a minute', () => {
    expect(readConfig({})).toMatchObject({
      assetMaxBytes: 10 * 1024 * 1024,
      assetMaxSide: 4096,
      assetKeepOriginal: false,
      assetMaxPerBoard: 1000,
      assetMaxBoardBytes: 512 * 1024 * 1024,
      assetUploadsPerMinute: 60,
      assetSweepIntervalSeconds: 3600,
      assetGraceSeconds: 86_400,
    });
    expect(
      readConfig({
        ASSET_MAX_BYTES: '1000',
        ASSET_MAX_SIDE: '1024',
        ASSET_KEEP_ORIGINAL: 'true',
        ASSET_MAX_PER_BOARD: '5',
        ASSET_MAX_BOARD_BYTES: '4096',
        RATE_LIMIT_ASSET_UPLOADS: '2',
        ASSET_SWEEP_INTERVAL_S: '60',
        ASSET_GRACE_S: '0',
      }),
    ).toMatchObject({
      assetMaxBytes: 1000,
      assetMaxSide: 1024,
      assetKeepOriginal: true,
      assetMaxPerBoard: 5,
      assetMaxBoardBytes: 4096,
      assetUploadsPerMinute: 2,
      assetSweepIntervalSeconds: 60,
      assetGraceSeconds: 0,
    });
  });
});
