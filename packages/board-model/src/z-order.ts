import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/** Anything ordered by a fractional index: shapes, or just their id and index. */
export interface Indexed<Id extends string = string> {
  readonly id: Id;
  readonly index: string;
}

/** A new index for one item; pass these to `updateShapes`. */
export interface IndexChange<Id extends string = string> {
  id: Id;
  index: string;
}

const INDEX_PATTERN = /^[A-Za-z][0-9A-Za-z]{0,1023}$/;

/** True for a key fractional-indexing accepts (and that we can order around). */
export function isValidIndex(index: string): boolean {
  if (!INDEX_PATTERN.test(index)) return false;
  try {
    // The library has no public validator; generating a neighbour validates the key.
    generateKeyBetween(index, null);
    return true;
  } catch {
    return false;
  }
}

/**
 * Bottom-to-top order. Two clients can pick the same index for different shapes
 * at the same time, so ties fall back to the id: every client draws the same order.
 */
export function compareByIndex(a: Indexed, b: Indexed): number {
  if (a.index !== b.index) return a.index < b.index ? -1 : 1;
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  return 0;
}

export function sortByIndex<T extends Indexed>(items: readonly T[]): T[] {
  return [...items].sort(compareByIndex);
}

function topIndex(items: readonly Indexed[]): string | null {
  let top: string | null = null;
  for (const item of items) if (top === null || item.index > top) top = item.index;
  return top;
}

function bottomIndex(items: readonly Indexed[]): string | null {
  let bottom: string | null = null;
  for (const item of items) if (bottom === null || item.index < bottom) bottom = item.index;
  return bottom;
}

/** An index above every item: where a new shape goes. */
export function indexAbove(items: readonly Indexed[]): string {
  return generateKeyBetween(topIndex(items), null);
}

/** `count` ascending indexes above every item, for pasting or importing several shapes. */
export function indexesAbove(items: readonly Indexed[], count: number): string[] {
  return generateNKeysBetween(topIndex(items), null, count);
}

/** An index below every item. */
export function indexBelow(items: readonly Indexed[]): string {
  return generateKeyBetween(null, bottomIndex(items));
}

type Arrange = <T extends Indexed>(order: readonly T[], selected: ReadonlySet<string>) => T[];

/** Sorts the items, lets `arrange` put them in their new order, and keys that order. */
function rearrange<Id extends string>(
  items: readonly Indexed<Id>[],
  ids: Iterable<Id>,
  arrange: Arrange,
): IndexChange<Id>[] {
  const selected = new Set<string>(ids);
  const order = sortByIndex(items);
  return reindex(order, arrange(order, selected), selected);
}

export const bringToFront = <Id extends string>(items: readonly Indexed<Id>[], ids: Iterable<Id>) =>
  rearrange(items, ids, (order, selected) => [
    ...order.filter((item) => !selected.has(item.id)),
    ...order.filter((item) => selected.has(item.id)),
  ]);

export const sendToBack = <Id extends string>(items: readonly Indexed<Id>[], ids: Iterable<Id>) =>
  rearrange(items, ids, (order, selected) => [
    ...order.filter((item) => selected.has(item.id)),
    ...order.filter((item) => !selected.has(item.id)),
  ]);

/** Moves each selected item one place up, past the next unselected item. */
export const bringForward = <Id extends string>(items: readonly Indexed<Id>[], ids: Iterable<Id>) =>
  rearrange(items, ids, (order, selected) => {
    const moved = [...order];
    // Walking down from the top moves a run of selected items up together.
    for (let i = moved.length - 2; i >= 0; i--) {
      if (selected.has(moved[i].id) && !selected.has(moved[i + 1].id)) swap(moved, i, i + 1);
    }
    return moved;
  });

/** Moves each selected item one place down, past the next unselected item. */
export const sendBackward = <Id extends string>(items: readonly Indexed<Id>[], ids: Iterable<Id>) =>
  rearrange(items, ids, (order, selected) => {
    const moved = [...order];
    for (let i = 1; i < moved.length; i++) {
      if (selected.has(moved[i].id) && !selected.has(moved[i - 1].id)) swap(moved, i, i - 1);
    }
    return moved;
  });

function swap<T>(list: T[], a: number, b: number): void {
  const held = list[a];
  list[a] = list[b];
  list[b] = held;
}

/**
 * New indexes that make `target` (a permutation of `current`) the sorted order.
 * Selected items always get fresh keys; unselected items keep theirs unless
 * duplicate indexes leave no room between neighbours, in which case they are
 * re-keyed too. Returns only the items whose index changes.
 */
function reindex<Id extends string>(
  current: readonly Indexed<Id>[],
  target: readonly Indexed<Id>[],
  selected: ReadonlySet<string>,
): IndexChange<Id>[] {
  if (current.every((item, i) => item.id === target[i].id)) return [];
  const changes: IndexChange<Id>[] = [];
  let previous: string | null = null;
  let pending: Indexed<Id>[] = [];
  const flush = (upper: string | null) => {
    if (pending.length === 0) return;
    const keys = generateNKeysBetween(previous, upper, pending.length);
    pending.forEach((item, i) => {
      if (item.index !== keys[i]) changes.push({ id: item.id, index: keys[i] });
    });
    pending = [];
  };
  for (const item of target) {
    const keepable = !selected.has(item.id) && (previous === null || item.index > previous);
    if (keepable) {
      flush(item.index);
      previous = item.index;
    } else {
      pending.push(item);
    }
  }
  flush(null);
  return changes;
}
