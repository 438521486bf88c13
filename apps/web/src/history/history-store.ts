import type { VersionSummary } from '@sketchroom/board-access';
import type { Shape } from '@sketchroom/board-model';
import { useSyncExternalStore } from 'react';
import type { HistoryAccess } from './history-api.ts';

/** A version shown read-only over the canvas. */
export interface Preview {
  version: VersionSummary;
  /** null while it loads. */
  shapes: Shape[] | null;
  comparing: boolean;
}

export interface HistoryState {
  /** The board whose history is asked for; null until a board page sets it. */
  access: HistoryAccess | null;
  /** May save and restore (editors and the owner). */
  canEdit: boolean;
  open: boolean;
  preview: Preview | null;
  /** After a restore: the version taken just before it, whose restore undoes it. */
  undoable: VersionSummary | null;
  /** The last failure, in words. */
  error: string | null;
  /** Bumped to make the open panel ask for the list again. */
  generation: number;
}

const INITIAL: HistoryState = {
  access: null,
  canEdit: false,
  open: false,
  preview: null,
  undoable: null,
  error: null,
  generation: 0,
};

let state = INITIAL;
const listeners = new Set<() => void>();

export const historyState = (): HistoryState => state;

export function updateHistory(patch: Partial<HistoryState>): void {
  state = { ...state, ...patch };
  listeners.forEach((listener) => listener());
}

/** A new board (or none): everything about the previous one is forgotten. */
export function setHistoryAccess(access: HistoryAccess | null, canEdit: boolean): void {
  const same = state.access?.roomId === access?.roomId && state.access?.token === access?.token;
  updateHistory(same ? { canEdit } : { ...INITIAL, access, canEdit });
}

export function toggleHistory(): void {
  updateHistory(state.open ? { open: false, preview: null } : { open: true, error: null });
}

export const refreshHistory = (): void => updateHistory({ generation: state.generation + 1 });

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHistory<T>(select: (s: HistoryState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}
