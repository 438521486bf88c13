import {
  fail,
  finite,
  fontSize,
  Invalid,
  isObject,
  points,
  string,
  type Fields,
} from './fields.ts';
import type { Shape } from './shape.ts';
import { SHAPE_KEYS, type Geom, type ShapeRecord, type Style } from './shape-record.ts';
import { isShapeId } from './shape-id.ts';
import { shapeDefinition } from './shapes/index.ts';
import { isValidIndex } from './z-order.ts';
import {
  readBinding,
  readGroups,
  readLocked,
  readStyleV2,
  STYLE_V2_KEYS,
} from './validate-relations.ts';

export type ValidationResult = { ok: true; shape: Shape } | { ok: false; error: string };

function geom(value: unknown): Geom {
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
  if (value.points !== undefined) result.points = points(value.points);
  return result;
}

function style(value: unknown): Style {
  if (!isObject(value)) fail('style', 'an object', value);
  const result: Style = {
    ...value,
    stroke: string(value, 'stroke', 'style'),
    fill: string(value, 'fill', 'style'),
    strokeWidth: finite(value, 'strokeWidth', 'style', 0),
    opacity: finite(value, 'opacity', 'style', 0, 1),
  };
  if (value.fontSize !== undefined) result.fontSize = fontSize(value);
  for (const key of STYLE_V2_KEYS) delete (result as unknown as Fields)[key];
  return { ...result, ...readStyleV2(value) };
}

/**
 * Checks untrusted input (a remote doc, an imported file) against the schema and
 * returns a fresh record: the fields every shape has here, then its type's own
 * checks (shapes/<type>.ts). Unknown types are not errors: they pass through so
 * a newer client's shapes survive; unknown top-level keys are gathered in `extra`.
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
  const shape: ShapeRecord = { id, type, index, geom: geom(input.geom), style: style(input.style) };
  if (input.text !== undefined) shape.text = string(input, 'text', 'shape');
  if (input.asset !== undefined) shape.asset = string(input, 'asset', 'shape');
  const binding = type === 'arrow' ? readBinding(input.binding) : undefined;
  if (binding) shape.binding = binding;
  const groups = readGroups(input.groups);
  if (groups) shape.groups = groups;
  if (readLocked(input.locked)) shape.locked = true;
  const extra = collectExtra(input);
  if (extra) shape.extra = extra;
  const definition = shapeDefinition(type);
  // An unknown type is a newer client's: kept as it is, with the common fields checked.
  return definition ? definition.validate(shape as ShapeRecord<never>) : (shape as Shape);
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
