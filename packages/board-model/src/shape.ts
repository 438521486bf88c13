import type { ShapeId } from './shape-id.ts';
import type { ShapeType, UnknownShapeType } from './shape-types.ts';

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

/** One shape as plain data, the form the app works with. */
export interface Shape {
  id: ShapeId;
  type: ShapeType | UnknownShapeType;
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

/** The keys of a shape record that schema version 1 defines. */
export const SHAPE_KEYS = ['id', 'type', 'index', 'geom', 'style', 'text', 'asset'] as const;
