import type { ShapeRecord, UnknownShape } from '../shape-record.ts';
import { arrow } from './arrow.ts';
import type { ShapeDefinition } from './definition.ts';
import { diamond } from './diamond.ts';
import { draw } from './draw.ts';
import { ellipse } from './ellipse.ts';
import { image } from './image.ts';
import { line } from './line.ts';
import { note } from './note.ts';
import { rect } from './rect.ts';
import { text } from './text.ts';

/**
 * Every shape type schema version 1 knows, in toolbar order. A new type is one
 * definition file here plus its renderer in `@sketchroom/board-render`.
 */
export const SHAPE_DEFINITIONS = [
  rect,
  ellipse,
  diamond,
  line,
  arrow,
  draw,
  text,
  note,
  image,
] as const;

type ShapeOf<D> = D extends ShapeDefinition<infer S> ? S : never;

/** A shape of one of the known types, discriminated by `type`. */
export type KnownShape = ShapeOf<(typeof SHAPE_DEFINITIONS)[number]>;

/** Any shape record: a known type, or a newer client's that we keep and pass on. */
export type Shape = KnownShape | UnknownShape;

export type AnyShapeDefinition = ShapeDefinition<KnownShape>;

const byType = new Map<string, AnyShapeDefinition>(
  SHAPE_DEFINITIONS.map((definition) => [definition.type, definition as AnyShapeDefinition]),
);

/** The definition of a known type; undefined for a newer client's type. */
export function shapeDefinition(type: string): AnyShapeDefinition | undefined {
  return byType.get(type);
}

/** The definition that handles `shape`, if its type is known. */
export function definitionFor(shape: ShapeRecord): AnyShapeDefinition | undefined {
  return byType.get(shape.type);
}

export type { ShapeDefaults, ShapeDefinition, ShapeMigration } from './definition.ts';
export type { ArrowShape } from './arrow.ts';
export type { DiamondShape } from './diamond.ts';
export type { DrawShape } from './draw.ts';
export type { EllipseShape } from './ellipse.ts';
export type { ImageShape } from './image.ts';
export type { LineShape } from './line.ts';
export type { NoteShape } from './note.ts';
export type { RectShape } from './rect.ts';
export type { TextShape } from './text.ts';
