// Readers for the schema-version-2 keys that tie shapes together (binding,
// groups) or guard them (locked). They are lenient: a malformed value written
// by some other program is left out of the record (the shape still shows, and
// the stored value stays in the doc untouched) instead of hiding the shape.

import { isObject, type Fields } from './fields.ts';
import type { ArrowBinding, BindingEnd } from './shape-record.ts';
import { isShapeId } from './shape-id.ts';

const GROUP_ID = /^group:[A-Za-z0-9_-]{1,64}$/;

/** At most this many nested groups per shape; deeper lists are cut to their outer part. */
export const MAX_GROUP_DEPTH = 32;

export function isGroupId(value: unknown): value is string {
  return typeof value === 'string' && GROUP_ID.test(value);
}

function unit(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value)
    ? Math.min(1, Math.max(0, value))
    : undefined;
}

function bindingEnd(value: unknown): BindingEnd | undefined {
  if (!isObject(value) || !isShapeId(value.shape) || !isObject(value.anchor)) return undefined;
  const x = unit(value.anchor.x);
  const y = unit(value.anchor.y);
  if (x === undefined || y === undefined) return undefined;
  return { ...value, shape: value.shape, anchor: { ...value.anchor, x, y } };
}

/** The well-formed ends of a stored binding, or undefined when none is. */
export function readBinding(value: unknown): ArrowBinding | undefined {
  if (!isObject(value)) return undefined;
  const start = bindingEnd(value.start);
  const end = bindingEnd(value.end);
  if (!start && !end) return undefined;
  const binding: ArrowBinding = { ...(value as Fields) };
  delete binding.start;
  delete binding.end;
  if (start) binding.start = start;
  if (end) binding.end = end;
  return binding;
}

/** The group ids of a stored list, outermost first; anything else is left out. */
export function readGroups(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const groups = value.filter(isGroupId).slice(0, MAX_GROUP_DEPTH);
  return groups.length > 0 ? groups : undefined;
}

export function readLocked(value: unknown): boolean | undefined {
  return value === true ? true : undefined;
}

const STYLE_STRINGS = ['strokeStyle', 'fontFamily', 'startHead', 'endHead', 'routing'] as const;

/** The version-2 style fields that are well formed; a malformed one is left out. */
export function readStyleV2(value: Fields): Fields {
  const result: Fields = {};
  for (const key of STYLE_STRINGS) {
    if (typeof value[key] === 'string' && (value[key] as string).length <= 32)
      result[key] = value[key];
  }
  const roughness = value.roughness;
  if (typeof roughness === 'number' && Number.isFinite(roughness)) {
    result.roughness = Math.min(2, Math.max(0, roughness));
  }
  return result;
}

/** Style keys read by readStyleV2, removed first so a malformed one does not linger. */
export const STYLE_V2_KEYS = [...STYLE_STRINGS, 'roughness'] as const;
