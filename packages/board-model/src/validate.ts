import type { Geom, Shape, Style } from './shape.ts';
import { SHAPE_KEYS } from './shape.ts';
import { isShapeId } from './shape-id.ts';
import { hasPoints, hasText, ShapeType, type UnknownShapeType } from './shape-types.ts';
import { isValidIndex } from './z-order.ts';

export type ValidationResult = { ok: true; shape: Shape } | { ok: false; error: string };

type Fields = Record<string, unknown>;

/** Thrown inside this module only; validateShape turns it into `{ ok: false }`. */
class Invalid extends Error {}

function isObject(value: unknown): value is Fields {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function fail(path: string, expected: string, value: unknown): never {
  throw new Invalid(`${path} must be ${expected}, got ${show(value)}`);
}

function finite(fields: Fields, key: string, path: string, min = -Infinity, max = Infinity) {
  const value = fields[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(`${path}.${key}`, 'a finite number', value);
  }
  if (value < min || value > max) {
    const range = max === Infinity ? `≥ ${min}` : `between ${min} and ${max}`;
    fail(`${path}.${key}`, `a number ${range}`, value);
  }
  return value;
}

function text(fields: Fields, key: string, path: string): string {
  const value = fields[key];
  if (typeof value !== 'string') fail(`${path}.${key}`, 'a string', value);
  return value;
}

function points(value: unknown): number[] {
  if (!Array.isArray(value)) fail('geom.points', 'an array of numbers', value);
  if (value.length < 2 || value.length % 2 !== 0) {
    fail('geom.points', 'an even number (≥ 2) of coordinates', `${value.length} values`);
  }
  value.forEach((n, i) => {
    if (typeof n !== 'number' || !Number.isFinite(n)) fail(`geom.points[${i}]`, 'finite', n);
  });
  return [...(value as number[])];
}

function geom(value: unknown, type: string): Geom {
  if (!isObject(value)) fail('geom', 'an object', value);
  // Spread first so fields from newer clients survive; known fields overwrite.
  const result: Geom = {
    ...value,
    x: finite(value, 'x', 'geom'),
    y: finite(value, 'y', 'geom'),
    width: finite(value, 'width', 'geom', 0),
    height: finite(value, 'height', 'geom', 0),
    rotation: finite(value, 'rotation', 'geom'),
  };
  if (value.points !== undefined || hasPoints(type)) result.points = points(value.points);
  return result;
}

function style(value: unknown, type: string): Style {
  if (!isObject(value)) fail('style', 'an object', value);
  const result: Style = {
    ...value,
    stroke: text(value, 'stroke', 'style'),
    fill: text(value, 'fill', 'style'),
    strokeWidth: finite(value, 'strokeWidth', 'style', 0),
    opacity: finite(value, 'opacity', 'style', 0, 1),
  };
  if (value.fontSize !== undefined || type === ShapeType.text) {
    const fontSize = finite(value, 'fontSize', 'style');
    if (fontSize <= 0) fail('style.fontSize', 'a number > 0', fontSize);
    result.fontSize = fontSize;
  }
  return result;
}

/**
 * Checks untrusted input (a remote doc, an imported file) against schema v1 and
 * returns a fresh record. Unknown types are not errors: they pass through so a
 * newer client's shapes survive; unknown top-level keys are gathered in `extra`.
 */
export function validateShape(input: unknown): ValidationResult {
  try {
    return { ok: true, shape: toShape(input) };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, error: error.message };
    throw error;
  }
}

function toShape(input: unknown): Shape {
  if (!isObject(input)) fail('shape', 'an object', input);
  const { id, type, index } = input;
  if (!isShapeId(id)) fail('id', 'a shape id like "shape:abc123"', id);
  if (typeof type !== 'string' || type === '') fail('type', 'a shape type name', type);
  if (typeof index !== 'string' || !isValidIndex(index)) {
    fail('index', 'a fractional index key like "a0"', index);
  }
  const shape: Shape = {
    id,
    type: type as ShapeType | UnknownShapeType,
    index,
    geom: geom(input.geom, type),
    style: style(input.style, type),
  };
  if (input.text !== undefined) shape.text = text(input, 'text', 'shape');
  else if (hasText(type)) shape.text = '';
  if (input.asset !== undefined) shape.asset = text(input, 'asset', 'shape');
  const extra = collectExtra(input);
  if (extra) shape.extra = extra;
  return shape;
}

function collectExtra(input: Fields): Record<string, unknown> | undefined {
  if (input.extra !== undefined && !isObject(input.extra)) fail('extra', 'an object', input.extra);
  const extra: Record<string, unknown> = { ...input.extra };
  const known = new Set<string>([...SHAPE_KEYS, 'extra']);
  for (const [key, value] of Object.entries(input)) {
    if (!known.has(key) && value !== undefined) extra[key] = value;
  }
  return Object.keys(extra).length > 0 ? extra : undefined;
}
