import { replaceText } from '@sketchroom/board-yjs';
import * as Y from 'yjs';
import { SHAPES } from './deleted-shapes.ts';

/**
 * Makes the live board equal to a version, as one ordinary Yjs transaction with `origin`:
 * shapes the version lacks are deleted, shapes it has are created or patched key by key (so an
 * offline edit to another key of the same shape still merges), and the title is set back.
 * Other root types and meta keys (the schema version) are left alone.
 */
export function restoreInto(live: Y.Doc, versionState: Uint8Array, origin: unknown): void {
  const past = new Y.Doc();
  try {
    Y.applyUpdate(past, versionState);
    const target = past.getMap<unknown>(SHAPES);
    const shapes = live.getMap<unknown>(SHAPES);
    live.transact(() => {
      for (const key of [...shapes.keys()]) if (!target.has(key)) shapes.delete(key);
      for (const [key, value] of target.entries()) {
        const current = shapes.get(key);
        if (value instanceof Y.Map && current instanceof Y.Map) patchMap(current, value);
        else if (!sameValue(current, value)) setCopy(shapes, key, value);
      }
      const meta = live.getMap<unknown>('meta');
      const title = past.getMap<unknown>('meta').get('title');
      if (title === undefined) meta.delete('title');
      else if (!sameValue(meta.get('title'), title)) setCopy(meta, 'title', title);
    }, origin);
  } finally {
    past.destroy();
  }
}

function patchMap(current: Y.Map<unknown>, target: Y.Map<unknown>): void {
  for (const key of [...current.keys()]) if (!target.has(key)) current.delete(key);
  for (const [key, value] of target.entries()) {
    const now = current.get(key);
    if (value instanceof Y.Text && now instanceof Y.Text) {
      if (now.toString() !== value.toString()) replaceText(now, value.toString());
    } else if (!sameValue(now, value)) setCopy(current, key, value);
  }
}

function setCopy(map: Y.Map<unknown>, key: string, value: unknown): void {
  const copy = copyValue(value);
  if (copy !== undefined) map.set(key, copy);
}

/** A value of the version to write into the live document: shared types are rebuilt. */
function copyValue(value: unknown): unknown {
  if (value instanceof Y.Map) {
    const map = new Y.Map<unknown>();
    for (const [key, inner] of value.entries()) setCopy(map, key, inner);
    return map;
  }
  if (value instanceof Y.Array) {
    const array = new Y.Array<unknown>();
    array.push(
      value
        .toArray()
        .map(copyValue)
        .filter((inner) => inner !== undefined),
    );
    return array;
  }
  if (value instanceof Y.Text) return new Y.Text(value.toString());
  // Other shared types (XML) are not part of a board; their plain form is kept.
  if (value instanceof Y.AbstractType) return value.toJSON();
  if (value instanceof Uint8Array) return new Uint8Array(value);
  return value === null || typeof value !== 'object' ? value : structuredClone(value);
}

function sameValue(a: unknown, b: unknown): boolean {
  const aShared = a instanceof Y.AbstractType;
  if (aShared !== b instanceof Y.AbstractType) return false;
  if (aShared && a.constructor !== (b as object).constructor) return false;
  return deepEqual(
    aShared ? (a as Y.AbstractType<unknown>).toJSON() : a,
    aShared ? (b as Y.AbstractType<unknown>).toJSON() : b,
  );
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (a instanceof Uint8Array || b instanceof Uint8Array) {
    if (!(a instanceof Uint8Array && b instanceof Uint8Array) || a.length !== b.length)
      return false;
    return a.every((byte, i) => byte === b[i]);
  }
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
