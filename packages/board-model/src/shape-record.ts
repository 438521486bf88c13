import type { ShapeId } from './shape-id.ts';

/**
 * Position and size in page coordinates. The shape is drawn in the box
 * x, y, width, height and then rotated clockwise by `rotation` degrees about the
 * box centre. `points` (line, arrow, draw) is a flat [x0, y0, x1, y1, …] list
 * relative to x, y.
 *
 * At runtime a geom may also carry fields written by a newer client: change it
 * by spreading (`{ ...geom, x }`), never by rebuilding it from known fields.
 */
export interface Geom {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  points?: number[];
}

/** Colours are CSS colour strings. Like Geom, may carry unknown fields at runtime. */
export interface Style {
  stroke: string;
  fill: string;
  strokeWidth: number;
  /** 0 (invisible) to 1 (opaque). */
  opacity: number;
  /** Page units; required for text, optional elsewhere. */
  fontSize?: number;
}

declare const unknownBrand: unique symbol;

/**
 * A type written by a newer client. Branded so a typo such as `'rectangle'` in
 * our own code is a compile error; only validation produces these.
 */
export type UnknownShapeType = string & { readonly [unknownBrand]: true };

/**
 * One shape as plain data, the form the app works with. Each shape type narrows
 * this record in its definition file (`shapes/<type>.ts`). `geom` and `style`
 * keep one type for all shapes so that updates by spreading
 * (`{ ...shape, geom: { ...shape.geom, x } }`) type-check on any shape; the
 * validators guarantee `points` on line, arrow and draw and `fontSize` on text.
 * `text` and `asset` stay optional on every type: a newer client may add them.
 */
export interface ShapeRecord<T extends string = string> {
  id: ShapeId;
  type: T;
  /** Fractional index: shapes draw in ascending string order (ties: by id). */
  index: string;
  geom: Geom;
  style: Style;
  /** Plain text of a text or note shape. */
  text?: string;
  /** Content hash of an image's uploaded file. */
  asset?: string;
  /** Top-level keys this version does not know, kept so they survive a round trip. */
  extra?: Record<string, unknown>;
}

/** A shape of a type this version does not know: kept and passed on, never drawn as itself. */
export type UnknownShape = ShapeRecord<UnknownShapeType>;

/** The keys of a shape record that schema version 1 defines. */
export const SHAPE_KEYS = ['id', 'type', 'index', 'geom', 'style', 'text', 'asset'] as const;
