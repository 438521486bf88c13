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
  /** Page units; required for text, optional elsewhere (labels default to 20). */
  fontSize?: number;
  // Schema version 2. Each is optional (absent means the first choice listed);
  // an unknown value from a newer client is kept and drawn as that default.
  /** 'solid' | 'dashed' | 'dotted'. */
  strokeStyle?: string;
  /** 0 draws clean strokes; 1 and 2 a hand-drawn look, seeded by the shape id. */
  roughness?: number;
  /** 'sans' | 'hand' (the bundled hand-written font). */
  fontFamily?: string;
  /** Arrow ends: 'none' | 'arrow' | 'triangle' | 'dot' | 'bar' (default: none at the start, arrow at the end). */
  startHead?: string;
  endHead?: string;
  /** Arrow routing: 'straight' | 'curved' (a smooth curve through the points) | 'elbow' (right angles). */
  routing?: string;
}

/**
 * Where one end of an arrow is attached (schema version 2): the bound shape's id
 * and an anchor in that shape's own unrotated box, (0, 0) its top-left corner and
 * (1, 1) its bottom-right; (0.5, 0.5) aims at the centre.
 */
export interface BindingEnd {
  shape: ShapeId;
  anchor: { x: number; y: number };
}

/** The ends of an arrow that are bound; an end that is absent is free. */
export interface ArrowBinding {
  start?: BindingEnd;
  end?: BindingEnd;
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
  /** Plain text of a text or note shape; the label of a rect, ellipse, diamond or arrow (v2). */
  text?: string;
  /** Content hash of an image's uploaded file. */
  asset?: string;
  /** Arrows only (v2): the shapes its ends are attached to. */
  binding?: ArrowBinding;
  /** The groups the shape belongs to, outermost first (v2): `group:<random>` ids. */
  groups?: string[];
  /** Locked (v2): cannot be selected or moved until unlocked. Absent means unlocked. */
  locked?: boolean;
  /** Top-level keys this version does not know, kept so they survive a round trip. */
  extra?: Record<string, unknown>;
}

/** A shape of a type this version does not know: kept and passed on, never drawn as itself. */
export type UnknownShape = ShapeRecord<UnknownShapeType>;

/** The keys of a shape record that the schema defines (version 2 added the last three). */
export const SHAPE_KEYS = [
  'id',
  'type',
  'index',
  'geom',
  'style',
  'text',
  'asset',
  'binding',
  'groups',
  'locked',
] as const;
