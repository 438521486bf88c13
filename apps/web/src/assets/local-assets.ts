import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

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
let pending: UseStore | null = null;
const filesStore = () => (files ??= createStore('sketchroom-assets', 'files'));
const pendingStore = () => (pending ??= createStore('sketchroom-asset-uploads', 'pending'));

export async function readLocalFile(assetId: string): Promise<Blob | null> {
  try {
    const stored = await get<StoredFile>(assetId, filesStore());
    if (!stored || !(stored.bytes instanceof ArrayBuffer)) return null;
    return new Blob([stored.bytes], { type: stored.mimeType });
  } catch {
    return null;
  }
}

export async function keepLocalFile(assetId: string, blob: Blob): Promise<void> {
  try {
    const stored: StoredFile = { mimeType: blob.type, bytes: await blob.arrayBuffer() };
    await set(assetId, stored, filesStore());
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
