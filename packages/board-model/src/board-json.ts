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
  /** The image files the shapes use, by content id, so a file is self-contained. */
  assets?: Record<string, BoardJsonAsset>;
}

/** One image file carried in board JSON: its type and its bytes in base64. */
export interface BoardJsonAsset {
  mimeType: string;
  data: string;
}

export type ParsedBoard =
  | { ok: true; shapes: Shape[]; assets: Record<string, BoardJsonAsset> }
  | { ok: false; error: string };

/** Bounds on the `assets` of untrusted board JSON. */
export const BOARD_JSON_ASSET_LIMITS = {
  count: 500,
  /** Base64 characters of one file: 16 MiB of bytes. */
  dataLength: Math.ceil((16 * 1024 * 1024) / 3) * 4,
  mimeTypes: ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as readonly string[],
} as const;

const ASSET_ID = /^sha256:[0-9a-f]{64}$/;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const MAX_ERRORS_SHOWN = 3;

/** Wraps shapes for export; a deep copy, so later edits do not leak into it. */
export function toBoardJson(
  shapes: readonly Shape[],
  assets?: Record<string, BoardJsonAsset>,
): BoardJson {
  return {
    format: BOARD_JSON_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    shapes: structuredClone([...shapes]),
    ...(assets && Object.keys(assets).length > 0 && { assets: { ...assets } }),
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
  const {
    format,
    schemaVersion = SCHEMA_VERSION,
    shapes,
    assets,
  } = value as Record<string, unknown>;
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
  const parsedAssets = parseAssets(assets);
  if (typeof parsedAssets === 'string')
    return { ok: false, error: `Invalid board: ${parsedAssets}` };
  return { ok: true, shapes: valid, assets: parsedAssets };
}

/** The `assets` map, checked and bounded; a string says what is wrong. */
function parseAssets(input: unknown): Record<string, BoardJsonAsset> | string {
  const assets: Record<string, BoardJsonAsset> = {};
  if (input === undefined) return assets;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return '"assets" must be an object';
  }
  const entries = Object.entries(input);
  const limits = BOARD_JSON_ASSET_LIMITS;
  if (entries.length > limits.count) return `more than ${limits.count} assets`;
  for (const [id, raw] of entries) {
    if (!ASSET_ID.test(id)) return `assets: ${JSON.stringify(id.slice(0, 80))} is not a sha256 id`;
    const { mimeType, data } = (raw ?? {}) as Record<string, unknown>;
    if (typeof mimeType !== 'string' || !limits.mimeTypes.includes(mimeType)) {
      return `assets[${id}]: mimeType must be one of ${limits.mimeTypes.join(', ')}`;
    }
    if (typeof data !== 'string' || data.length > limits.dataLength) {
      return `assets[${id}]: data must be base64 of at most 16 MiB`;
    }
    if (data.length % 4 !== 0 || !BASE64.test(data)) return `assets[${id}]: data is not base64`;
    assets[id] = { mimeType, data };
  }
  return assets;
}
