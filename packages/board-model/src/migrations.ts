import { SHAPE_DEFINITIONS, type ShapeMigration } from './shapes/index.ts';

/** The shape schema this code writes. Bump it with a new entry in `migrations`. */
export const SCHEMA_VERSION = 2;

type RecordFields = Record<string, unknown>;

/** A step that applies to records of every type; type-specific steps live in shapes/<type>.ts. */
interface RecordMigration {
  /** The version this step upgrades from; it produces `from + 1`. */
  from: number;
  up(record: RecordFields): RecordFields;
}

/**
 * Version 0 was the prototype's flat record: `{ id, type, index, x, y, width,
 * height, rotation?, points?, stroke, fill, strokeWidth, opacity?, fontSize?,
 * text?, asset? }`. Version 1 groups geometry and style so that a move and a
 * recolour are separate keys that merge concurrently.
 */
const fromV0: RecordMigration = {
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
    return { ...rest, geom, style };
  },
};

/**
 * Version 2 added optional keys only: `binding` (arrows), `groups`, `locked`,
 * labels as `text` on rect, ellipse, diamond and arrow, and the style fields
 * strokeStyle, roughness, fontFamily, startHead, endHead and routing. A version-1
 * record is a valid version-2 record as it is, and reads the same.
 */
const fromV1: RecordMigration = { from: 1, up: (record) => record };

const recordMigrations: readonly RecordMigration[] = [fromV0, fromV1];

/** Versions that have an upgrade step, common or type-specific. */
const migratedVersions = new Set<number>([
  ...recordMigrations.map((m) => m.from),
  ...SHAPE_DEFINITIONS.flatMap((d) => d.migrations.map((m) => m.from)),
]);

/** The type-specific step for a record of `type` at `version`, if its definition has one. */
function typeMigration(type: unknown, version: number): ShapeMigration | undefined {
  for (const definition of SHAPE_DEFINITIONS) {
    for (const step of definition.migrations) {
      if (step.from === version && (step.fromType ?? definition.type) === type) return step;
    }
  }
  return undefined;
}

/**
 * Upgrades one stored record written at `fromVersion` to SCHEMA_VERSION: at each
 * version the common step first, then the step of the record's type. The result
 * is still unchecked: run validateShape on it. Records from a newer version are
 * returned as they are (we keep what we cannot understand).
 */
export function migrateShape(record: unknown, fromVersion: number): unknown {
  if (!Number.isInteger(fromVersion) || fromVersion < 0) {
    throw new RangeError(`schema version must be a whole number ≥ 0, got ${fromVersion}`);
  }
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return record;
  let current = record as RecordFields;
  for (let version = fromVersion; version < SCHEMA_VERSION; version++) {
    if (!migratedVersions.has(version)) {
      throw new RangeError(`no migration from schema version ${version}`);
    }
    const common = recordMigrations.find((m) => m.from === version);
    if (common) current = common.up(current);
    const own = typeMigration(current.type, version);
    if (own) current = own.up(current);
  }
  return current;
}
