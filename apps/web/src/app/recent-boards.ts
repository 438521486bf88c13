import { useSyncExternalStore } from 'react';
import { isRecord, storedValue } from './local-store.ts';
import { isValidRoomId } from './room-id.ts';

export interface RecentBoard {
  readonly id: string;
  readonly title: string;
  /** Milliseconds since the epoch. */
  readonly lastOpened: number;
}

const storageKey = 'sketchroom:recent-boards';
export const maxRecentBoards = 30;

function parseBoards(raw: unknown): RecentBoard[] | null {
  if (!Array.isArray(raw)) return null;
  return raw.filter(
    (entry): entry is RecentBoard =>
      isRecord(entry) &&
      typeof entry.id === 'string' &&
      isValidRoomId(entry.id) &&
      typeof entry.title === 'string' &&
      typeof entry.lastOpened === 'number',
  );
}

const stored = storedValue<readonly RecentBoard[]>(storageKey, parseBoards, () => []);

/** Most recently opened first. */
export const recentBoards = (): readonly RecentBoard[] => stored.get();

/** Pure list update, shared by `rememberBoard` and the tests. */
export function withBoard(
  boards: readonly RecentBoard[],
  id: string,
  patch: { title?: string; lastOpened?: number },
): RecentBoard[] {
  const existing = boards.find((board) => board.id === id);
  const entry: RecentBoard = {
    id,
    title: patch.title ?? existing?.title ?? '',
    lastOpened: patch.lastOpened ?? existing?.lastOpened ?? Date.now(),
  };
  const others = boards.filter((board) => board.id !== id);
  return [entry, ...others].sort((a, b) => b.lastOpened - a.lastOpened).slice(0, maxRecentBoards);
}

export function rememberBoard(id: string, patch: { title?: string; lastOpened?: number }): void {
  const current = recentBoards();
  const existing = current.find((board) => board.id === id);
  const unchanged =
    existing &&
    (patch.title === undefined || patch.title === existing.title) &&
    (patch.lastOpened === undefined || patch.lastOpened === existing.lastOpened);
  if (!unchanged) save(withBoard(current, id, patch));
}

export function forgetBoard(id: string): void {
  save(recentBoards().filter((board) => board.id !== id));
}

function save(boards: readonly RecentBoard[]): void {
  stored.set(boards);
}

export function useRecentBoards(): readonly RecentBoard[] {
  return useSyncExternalStore(stored.subscribe, stored.get);
}
