import {
  SHAPE_KEYS,
  hasLabel,
  hasText,
  validateShape,
  type Shape,
  type ValidationResult,
} from '@sketchroom/board-model';
import * as Y from 'yjs';

// The mapping between one shape record and its Y.Map (DESIGN.md, "Document
// schema"): `type` and `index` are strings, `geom` and `style` plain objects,
// `text` a Y.Text, `asset` a string; since version 2 `binding` a plain object,
// `groups` an array of strings and `locked` true. Any other key belongs to a newer client.

type Fields = Record<string, unknown>;

const KNOWN_KEYS = new Set<string>(SHAPE_KEYS);

/** Reads a shape's Y.Map into a checked plain record. */
export function readShapeMap(id: string, map: Y.Map<unknown>): ValidationResult {
  const raw: Fields = {};
  const extra: Fields = {};
  for (const [key, value] of map.entries()) {
    if (key === 'text') {
      // Anything but text here is from a writer we do not understand; leave it be.
      const text = value instanceof Y.Text ? value.toString() : value;
      // An empty label is no label: the record stays as it was created.
      if (typeof text === 'string' && (text !== '' || !hasLabel(map.get('type') as string))) {
        raw.text = text;
      }
    } else if (KNOWN_KEYS.has(key) && key !== 'id') {
      raw[key] = value;
    } else {
      extra[key] = value instanceof Y.AbstractType ? value.toJSON() : value;
    }
  }
  raw.id = id;
  if (Object.keys(extra).length > 0) raw.extra = extra;
  return validateShape(raw);
}

/**
 * A copy safe to hand to Yjs: Yjs keeps the object it is given by reference, so
 * a caller mutating its record later must not change the stored value. The JSON
 * round trip also drops `undefined` fields.
 */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Builds the Y.Map for a new shape. Text and note shapes always get a Y.Text. */
export function createShapeMap(shape: Shape): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  map.set('type', shape.type);
  map.set('index', shape.index);
  map.set('geom', plainCopy(shape.geom));
  map.set('style', plainCopy(shape.style));
  // Labelled types get an empty Y.Text up front, so two people typing the first letters of a
  // label at once both land in one text instead of each setting the key to their own.
  if (shape.text !== undefined || hasText(shape.type) || hasLabel(shape.type)) {
    map.set('text', new Y.Text(shape.text ?? ''));
  }
  if (shape.asset !== undefined) map.set('asset', shape.asset);
  if (shape.binding !== undefined) map.set('binding', plainCopy(shape.binding));
  if (shape.groups !== undefined && shape.groups.length > 0)
    map.set('groups', plainCopy(shape.groups));
  if (shape.locked) map.set('locked', true);
  for (const [key, value] of Object.entries(shape.extra ?? {})) {
    if (!KNOWN_KEYS.has(key) && value !== undefined) map.set(key, plainCopy(value));
  }
  return map;
}

/**
 * Merges a patch into a stored plain object, keeping every field the patch does
 * not name (including fields we do not know). `undefined` in a patch means
 * "leave as is". Returns undefined when nothing would change, to spare the doc
 * a write.
 */
export function mergeFields(current: unknown, patch: object): Fields | undefined {
  const base: Fields = typeof current === 'object' && current !== null ? (current as Fields) : {};
  let changed = false;
  const merged: Fields = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined || jsonEqual(base[key], value)) continue;
    merged[key] = plainCopy(value);
    changed = true;
  }
  return changed ? merged : undefined;
}

export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  const bKeys = Object.keys(b);
  if (aKeys.length !== bKeys.length) return false;
  return aKeys.every((key) => jsonEqual((a as Fields)[key], (b as Fields)[key]));
}

/** Freezes a record and everything in it, so a cached shape cannot be edited in place. */
export function deepFreeze<T>(value: T): T {
  // Typed arrays (binary values Yjs allows) cannot be frozen; they are left as they are.
  if (
    typeof value === 'object' &&
    value !== null &&
    !Object.isFrozen(value) &&
    !ArrayBuffer.isView(value)
  ) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}
