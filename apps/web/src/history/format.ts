import type { VersionKind, VersionSummary } from '@sketchroom/board-access';

const KIND_LABELS: Record<VersionKind, string> = {
  auto: 'Autosave',
  named: 'Named',
  protective: 'Before a large delete',
  restore: 'Restored',
};

export const kindLabel = (kind: VersionKind): string => KIND_LABELS[kind];

/** "just now", "5 min ago", "3 h ago", "2 days ago"; a future time (clock skew) reads "just now". */
export function relativeTime(at: number, now: number): string {
  const seconds = Math.max(0, Math.round((now - at) / 1000));
  if (seconds < 45) return 'just now';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min ago`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours} h ago`;
  const days = Math.round(hours / 24);
  return days === 1 ? 'yesterday' : `${days} days ago`;
}

export const exactTime = (at: number): string =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** What a version is called in the list and the preview banner: its name, else its kind and time. */
export function versionTitle(version: VersionSummary, now: number): string {
  return version.name ?? `${kindLabel(version.kind)} · ${relativeTime(version.createdAt, now)}`;
}

export const shapeCountLabel = (count: number): string =>
  count === 1 ? '1 shape' : `${count} shapes`;

export const MAX_VERSION_NAME = 100;

/** A name the server accepts (1 to 100 characters after trimming), or null. */
export function versionNameOf(input: string): string | null {
  const name = input.trim();
  return name.length >= 1 && name.length <= MAX_VERSION_NAME ? name : null;
}
