import { createStore, del, delMany, entries, get, set, type UseStore } from 'idb-keyval';
import { filesToEvict, type LocalFileEntry } from './local-eviction.ts';

// The browser's own copy of images (by content id, shared by every board of this origin) and
// the uploads still owed to a board, both in IndexedDB so they outlive a reload or a night
// offline. Any IndexedDB failure (private mode, quota) degrades to "no local copy".

interface StoredFile {
  mimeType: string;
  bytes: ArrayBuffer;
}

/** An upload owed to a board: the bytes are in the local copy under `assetId`. */
export interface PendingUpload {
  roomId: string;
  assetId: string;
  /** The file's name, for a refusal message. */
  name: string;
}

let files: UseStore | null = null;
let usage: UseStore | null = null;
let pending: UseStore | null = null;
const filesStore = () => (files ??= createStore('sketchroom-assets', 'files'));
/** Each file's size and last use, small records read whole to decide what to evict. */
const usageStore = () => (usage ??= createStore('sketchroom-asset-usage', 'usage'));
const pendingStore = () => (pending ??= createStore('sketchroom-asset-uploads', 'pending'));
/** A file read again is marked used at most this often, not on every paint. */
const TOUCH_EVERY_MS = 60 * 60 * 1000;

export async function readLocalFile(assetId: string): Promise<Blob | null> {
  try {
    const stored = await get<StoredFile>(assetId, filesStore());
    if (!stored || !(stored.bytes instanceof ArrayBuffer)) return null;
    void touch(assetId, stored.bytes.byteLength);
    return new Blob([stored.bytes], { type: stored.mimeType });
  } catch {
    return null;
  }
}

export async function keepLocalFile(assetId: string, blob: Blob): Promise<void> {
  try {
    const stored: StoredFile = { mimeType: blob.type, bytes: await blob.arrayBuffer() };
    await set(assetId, stored, filesStore());
    await set(assetId, { usedAt: Date.now(), bytes: stored.bytes.byteLength }, usageStore());
    await evictBeyondLimits(assetId);
  } catch {
    // Without a local copy the image still shows once the server has it.
  }
}

const pendingKey = (roomId: string, assetId: string) => `${roomId}\n${assetId}`;

export async function addPendingUpload(upload: PendingUpload): Promise<void> {
  try {
    await set(pendingKey(upload.roomId, upload.assetId), upload, pendingStore());
  } catch {
    // The upload is still tried while this page is open.
  }
}

export async function removePendingUpload(roomId: string, assetId: string): Promise<void> {
  try {
    await del(pendingKey(roomId, assetId), pendingStore());
  } catch {
    // Retried next time; the server keeps one copy however often it is sent.
  }
}

export async function pendingUploads(roomId: string): Promise<PendingUpload[]> {
  try {
    const all = await entries<string, PendingUpload>(pendingStore());
    return all.map(([, upload]) => upload).filter((upload) => upload?.roomId === roomId);
  } catch {
    return [];
  }
}

async function touch(assetId: string, bytes: number): Promise<void> {
  try {
    const entry = await get<Omit<LocalFileEntry, 'id'>>(assetId, usageStore());
    if (entry && Date.now() - entry.usedAt < TOUCH_EVERY_MS) return;
    await set(assetId, { usedAt: Date.now(), bytes }, usageStore());
  } catch {
    // Only the eviction order suffers.
  }
}

/** Keeps the local copy within its limits, never dropping a file an upload still needs. */
async function evictBeyondLimits(justSaved: string): Promise<void> {
  const used = await entries<string, Omit<LocalFileEntry, 'id'>>(usageStore());
  const owed = await entries<string, PendingUpload>(pendingStore());
  const keep = new Set([justSaved, ...owed.map(([, upload]) => upload.assetId)]);
  const evicted = filesToEvict(
    used.map(([id, entry]) => ({ id, usedAt: entry.usedAt, bytes: entry.bytes })),
    keep,
  );
  if (evicted.length === 0) return;
  await delMany(evicted, filesStore());
  await delMany(evicted, usageStore());
}
