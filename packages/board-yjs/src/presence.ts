import type { Awareness } from 'y-protocols/awareness';
import { parseLaser, type LaserState } from './laser.ts';

/** One peer's presence in awareness (DESIGN.md): page coordinates, shape ids. */
export interface PresenceState {
  user: { name: string; color: string };
  cursor: { x: number; y: number } | null;
  selection: string[];
  /** The laser pointer's trail while it is shown (laser.ts); null or absent when not. */
  laser: LaserState | null;
}

// Bounds keep a hostile peer from making every other client draw huge labels
// or walk huge lists on each cursor move.
const MAX_NAME = 64;
const MAX_COLOR = 64;
const MAX_SELECTION = 10_000;
const MAX_ID = 128;
/**
 * Selected ids one client publishes: the server refuses presence states over 8 KiB by default
 * (MAX_AWARENESS_BYTES), and 150 shape ids take about 4.5 KB. Peers outline the first 150 of a
 * larger selection.
 */
export const PUBLISHED_SELECTION_LIMIT = 150;

type Fields = Record<string, unknown>;

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks one awareness state from another client; null if it is not a presence
 * state. A missing cursor or selection means "none"; a long name is shortened.
 */
export function parsePresence(state: unknown): PresenceState | null {
  if (!isObject(state) || !isObject(state.user)) return null;
  const { name, color } = state.user;
  if (typeof name !== 'string' || typeof color !== 'string') return null;
  if (color === '' || color.length > MAX_COLOR) return null;
  let cursor: PresenceState['cursor'] = null;
  if (state.cursor !== undefined && state.cursor !== null) {
    if (!isObject(state.cursor)) return null;
    const { x, y } = state.cursor;
    if (typeof x !== 'number' || typeof y !== 'number') return null;
    if (!Number.isFinite(x) || !Number.isFinite(y)) return null;
    cursor = { x, y };
  }
  let selection: string[] = [];
  if (state.selection !== undefined) {
    const list = state.selection;
    if (!Array.isArray(list) || list.length > MAX_SELECTION) return null;
    if (!list.every((id) => typeof id === 'string' && id.length <= MAX_ID)) return null;
    selection = [...(list as string[])];
  }
  // A malformed laser only loses the laser: the person and their cursor still show.
  const laser = parseLaser(state.laser);
  return { user: { name: name.slice(0, MAX_NAME), color }, cursor, selection, laser };
}

/** The valid presence states among awareness states, keyed by client id; garbage is dropped. */
export function readPresence(states: Map<number, unknown>): Map<number, PresenceState> {
  const result = new Map<number, PresenceState>();
  for (const [clientId, state] of states) {
    const presence = parsePresence(state);
    if (presence) result.set(clientId, presence);
  }
  return result;
}

/**
 * Updates this client's presence, keeping fields not in the patch (including
 * ones another part of the app put there). Throttling cursor moves to about
 * 20–30 Hz is the caller's job.
 */
export function setLocalPresence(awareness: Awareness, patch: Partial<PresenceState>): void {
  const current = awareness.getLocalState() ?? {};
  const bounded = patch.selection
    ? { ...patch, selection: patch.selection.slice(0, PUBLISHED_SELECTION_LIMIT) }
    : patch;
  awareness.setLocalState({ cursor: null, selection: [], laser: null, ...current, ...bounded });
}
