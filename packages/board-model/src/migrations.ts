/** The shape schema this code writes. Bump it with a new entry in `migrations`. */
export const SCHEMA_VERSION = 1;

type RecordFields = Record<string, unknown>;

interface Migration {
  /** The version this step upgrades from; it produces `from + 1`. */
  from: number;
  up(record: RecordFields): RecordFields;
}

/**
 * Version 0 was the prototype's flat record: `{ id, type, index, x, y, width,
 * height, rotation?, points?, stroke, fill, strokeWidth, opacity?, fontSize?,
 * text?, asset? }` with `rectangle` for rect. Version 1 groups geometry and style
 * so that a move and a recolour are separate keys that merge concurrently.
 */
const fromV0: Migration = {
  from: 0,
  up(record) {
    const {
      x,
      y,
      width,
      height,
      rotation = 0,
      points,
      stroke,
      fill,
      strokeWidth,
      opacity = 1,
      fontSize,
      ...rest
    } = record;
    const geom: RecordFields = { x, y, width, height, rotation };
    if (points !== undefined) geom.points = points;
    const style: RecordFields = { stroke, fill, strokeWidth, opacity };
    if (fontSize !== undefined) style.fontSize = fontSize;
    const type = rest.type === 'rectangle' ? 'rect' : rest.type;
    return { ...rest, type, geom, style };
  },
};

const migrations: readonly Migration[] = [fromV0];

/**
 * Upgrades one stored record written at `fromVersion` to SCHEMA_VERSION. The
 * result is still unchecked: run validateShape on it. Records from a newer
 * version are returned as they are (we keep what we cannot understand).
 */
export function migrateShape(record: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 0) {
    throw new RangeError(`schema version must be a whole number ≥ 0, got ${fromVersion}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  let current = record as RecordFields;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    const step = migrations.find((m) => m.from === version);
    if (!step) throw new RangeError(`no migration from schema version ${version}`);
    current = step.up(current);
  }
  return current;
}
