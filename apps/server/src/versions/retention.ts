import type { VersionInfo } from '../storage/store.ts';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const WEEK_MS = 7 * DAY_MS;

/**
 * Which versions retention removes at `now`: named versions never; every other kind once older
 * than `retentionMs`; automatic ones older than a day are thinned to the newest of each hour,
 * and older than a week to the newest of each day. Protective and restore versions are rare and
 * kept whole until they expire.
 */
export function versionsToRemove(
  versions: readonly Pick<VersionInfo, 'id' | 'createdAt' | 'kind'>[],
  now: number,
  retentionMs: number,
): string[] {
  const remove: string[] = [];
  const keptBuckets = new Set<string>();
  const newestFirst = [...versions].sort((a, b) => b.createdAt - a.createdAt);
  for (const version of newestFirst) {
    if (version.kind === 'named') continue;
    const age = now - version.createdAt;
    if (age > retentionMs) {
      remove.push(version.id);
      continue;
    }
    if (version.kind !== 'auto' || age <= DAY_MS) continue;
    const size = age > WEEK_MS ? DAY_MS : HOUR_MS;
    const bucket = `${size}:${Math.floor(version.createdAt / size)}`;
    if (keptBuckets.has(bucket)) remove.push(version.id);
    else keptBuckets.add(bucket);
  }
  return remove;
}
