/** How much of the browser's storage the local copy of images may take. */
export const LOCAL_COPY_LIMITS = { files: 400, bytes: 256 * 1024 * 1024 };

export interface LocalFileEntry {
  id: string;
  /** When it was saved or last used (ms). */
  usedAt: number;
  bytes: number;
}

/**
 * The local files to delete so the copy fits its limits again: least recently used first,
 * never one in `keep` (uploads still owed, the file just saved).
 */
export function filesToEvict(
  entries: readonly LocalFileEntry[],
  keep: ReadonlySet<string>,
  limits = LOCAL_COPY_LIMITS,
): string[] {
  let count = entries.length;
  let bytes = entries.reduce((sum, entry) => sum + entry.bytes, 0);
  const evicted: string[] = [];
  const oldestFirst = [...entries].sort((a, b) => a.usedAt - b.usedAt);
  for (const entry of oldestFirst) {
    if (count <= limits.files && bytes <= limits.bytes) break;
    if (keep.has(entry.id)) continue;
    evicted.push(entry.id);
    count--;
    bytes -= entry.bytes;
  }
  return evicted;
}
