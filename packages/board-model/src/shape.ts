// The record types, gathered for importers: the common fields in shape-record.ts,
// the per-type narrowings in shapes/<type>.ts.
export {
  SHAPE_KEYS,
  type ArrowBinding,
  type BindingEnd,
  type Geom,
  type ShapeRecord,
  type Style,
  type UnknownShape,
} from './shape-record.ts';
export type {
  ArrowShape,
  DiamondShape,
  DrawShape,
  EllipseShape,
  ImageShape,
  KnownShape,
  LineShape,
  NoteShape,
  RectShape,
  Shape,
  TextShape,
} from './shapes/index.ts';
