export { createServer, defaults, type ServerOptions, type SketchroomServer } from './server.ts';
export { readConfig, ConfigError, type Config } from './config.ts';
export { SqliteStore } from './storage/sqlite-store.ts';
export type { Store, StoredUpdate, RoomLog, CompactionResult } from './storage/store.ts';
