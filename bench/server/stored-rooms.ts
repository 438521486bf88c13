// Each server's own storage, read and written directly while that server is not running:
// S6 fills it before start, S5 reads back what survived a kill.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as Y from 'yjs';
import { SqliteStore } from '../../apps/server/src/storage/sqlite-store.ts';
import { addShape, moveShape } from './board.ts';
import { referenceBin, type ServerKind } from './server-process.ts';

interface LeveldbPersistence {
  storeUpdate(room: string, update: Uint8Array): Promise<number>;
  getYDoc(room: string): Promise<Y.Doc>;
  destroy(): Promise<void>;
}

const sqliteFile = (dataDir: string) => join(dataDir, 'sketchroom.db');

/**
 * The y-leveldb the reference server itself loads (0.1.x), so the files are its own; its ES
 * module build, so that it shares this process's Yjs instead of loading a second copy.
 */
async function referencePersistence(dir: string): Promise<LeveldbPersistence> {
  const manifest = createRequire(join(referenceBin, 'utils.cjs')).resolve('y-leveldb/package.json');
  const entry = pathToFileURL(join(dirname(manifest), 'src/y-leveldb.js')).href;
  const { LeveldbPersistence } = (await import(entry)) as {
    LeveldbPersistence: new (dir: string) => LeveldbPersistence;
  };
  return new LeveldbPersistence(dir);
}

/** S6's history: `shapes` shapes created one update each, then moves up to `rows` updates. */
export function storedRoomUpdates(shapes: number, rows: number): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (let n = 0; n < shapes; n++) addShape(doc, n);
  // A fixed walk over the shapes, so every run stores the same history.
  for (let row = shapes; row < rows; row++) moveShape(doc, (row * 7919) % shapes);
  doc.destroy();
  return updates;
}

/** Rows in our `room_updates` table, through the server's own SQLite adapter. */
export async function writeOurs(dataDir: string, room: string, updates: Uint8Array[]) {
  const store = new SqliteStore(sqliteFile(dataDir));
  try {
    for (let start = 0; start < updates.length; start += 10_000) {
      await store.append(updates.slice(start, start + 10_000).map((update) => ({ room, update })));
    }
  } finally {
    await store.close();
  }
}

/** The same updates through the reference's persistence, one stored update each. */
export async function writeReference(dataDir: string, room: string, updates: Uint8Array[]) {
  const db = await referencePersistence(dataDir);
  try {
    for (const update of updates) await db.storeUpdate(room, update);
  } finally {
    await db.destroy();
  }
}

/** The document a server has stored for `room`, as a client loading it would get it. */
export async function readStoredDoc(kind: ServerKind, dataDir: string, room: string) {
  if (kind === 'reference') {
    const db = await referencePersistence(dataDir);
    try {
      return await db.getYDoc(room);
    } finally {
      await db.destroy();
    }
  }
  const store = new SqliteStore(sqliteFile(dataDir));
  try {
    const doc = new Y.Doc();
    for (const update of (await store.load(room)).updates) Y.applyUpdate(doc, update);
    return doc;
  } finally {
    await store.close();
  }
}
