import { migrateShape, SCHEMA_VERSION } from './migrations.ts';
import type { Shape } from './shape.ts';
import { validateShape } from './validate.ts';

export const BOARD_JSON_FORMAT = 'sketchroom/board';

/** The file format for export, import and copy-paste between boards. */
export interface BoardJson {
  format: typeof BOARD_JSON_FORMAT;
  schemaVersion: number;
  /** Bottom to top. */
  shapes: Shape[];
}

export type ParsedBoard = { ok: true; shapes: Shape[] } | { ok: false; error: string };

const MAX_ERRORS_SHOWN = 3;

/** Wraps shapes for export; a deep copy, so later edits do not leak into it. */
export function toBoardJson(shapes: readonly Shape[]): BoardJson {
  return {
    format: BOARD_JSON_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    shapes: structuredClone([...shapes]),
  };
}

/**
 * Reads board JSON (text or an already parsed value) from an untrusted source:
 * migrates old versions, validates every shape, and names what is wrong.
 */
export function parseBoardJson(input: unknown): ParsedBoard {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input);
    } catch (error) {
      return { ok: false, error: `Not valid JSON: ${(error as Error).message}` };
    }
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, error: 'Not a Sketchroom board: expected an object with a "shapes" list' };
  }
  const { format, schemaVersion = SCHEMA_VERSION, shapes } = value as Record<string, unknown>;
  if (format !== undefined && format !== BOARD_JSON_FORMAT) {
    return { ok: false, error: `Not a Sketchroom board: format is ${JSON.stringify(format)}` };
  }
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 0) {
    return { ok: false, error: 'Not a Sketchroom board: schemaVersion must be a whole number' };
  }
  if (!Array.isArray(shapes)) {
    return { ok: false, error: 'Not a Sketchroom board: "shapes" must be a list' };
  }
  const valid: Shape[] = [];
  const errors: string[] = [];
  shapes.forEach((raw: unknown, i) => {
    const result = validateShape(migrateShape(raw, schemaVersion));
    if (result.ok) valid.push(result.shape);
    else errors.push(`shapes[${i}]: ${result.error}`);
  });
  if (errors.length > 0) {
    const more =
      errors.length > MAX_ERRORS_SHOWN ? ` (and ${errors.length - MAX_ERRORS_SHOWN} more)` : '';
    return {
      ok: false,
      error: `Invalid board: ${errors.slice(0, MAX_ERRORS_SHOWN).join('; ')}${more}`,
    };
  }
  return { ok: true, shapes: valid };
}
