import type { Box, Vec } from '@sketchroom/geometry';
import type { Geom, ShapeRecord, Style } from '../shape-record.ts';

/** One upgrade step of a type's records, from schema version `from` to `from + 1`. */
export interface ShapeMigration {
  from: number;
  /** The type name the record had at version `from`, when it was different. */
  fromType?: string;
  up(record: Record<string, unknown>): Record<string, unknown>;
}

/** What a new shape of the type starts with, before the caller's choices. */
export interface ShapeDefaults {
  style: Style;
  geom?: Partial<Geom>;
  text?: string;
}

/**
 * Everything board-model knows about one shape type. Drawing lives in
 * `@sketchroom/board-render`, one renderer per type.
 */
export interface ShapeDefinition<S extends ShapeRecord = ShapeRecord> {
  readonly type: S['type'];
  /** Laid out along `geom.points` (which it always has) rather than in its box. */
  readonly hasPoints: boolean;
  /** Carries collaborative text (a Y.Text in the doc). */
  readonly hasText: boolean;
  /** May carry a centred label (v2): `text` as a Y.Text, created when first typed in. */
  readonly hasLabel: boolean;
  /** A fresh defaults object for a new shape (callers may mutate it). */
  defaults(): ShapeDefaults;
  /**
   * Type-specific checks and fill-ins, run on a record whose common fields
   * (validate.ts) are already checked. Throws through `fail()` from fields.ts.
   */
  validate(shape: ShapeRecord<S['type']>): S;
  /** Axis-aligned page bounds of what the shape draws, without stroke width. */
  bounds(shape: S): Box;
  /** True when page point `p` hits the shape, the target widened by `tolerance`. */
  hitTest(shape: S, p: Vec, tolerance: number): boolean;
  readonly migrations: readonly ShapeMigration[];
}
