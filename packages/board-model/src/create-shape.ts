import { DEFAULT_STYLE } from './defaults.ts';
import type { Geom, Shape, Style } from './shape.ts';
import { createShapeId, type ShapeId } from './shape-id.ts';
import type { ShapeType } from './shape-types.ts';
import { shapeDefinition } from './shapes/index.ts';

export interface NewShape {
  type: ShapeType;
  /** Usually `indexAbove(existing shapes)`. */
  index: string;
  id?: ShapeId;
  geom?: Partial<Geom>;
  style?: Partial<Style>;
  text?: string;
  asset?: string;
}

/** Starting style for a new shape of `type` (its definition's defaults). */
export function defaultStyleFor(type: string): Style {
  return shapeDefinition(type)?.defaults().style ?? { ...DEFAULT_STYLE };
}

/** A complete record for a new shape: a fresh id, its type's defaults, then the caller's choices. */
export function createShape(input: NewShape): Shape {
  const defaults = shapeDefinition(input.type)?.defaults() ?? { style: { ...DEFAULT_STYLE } };
  const shape = {
    id: input.id ?? createShapeId(),
    type: input.type,
    index: input.index,
    geom: { x: 0, y: 0, width: 0, height: 0, rotation: 0, ...defaults.geom, ...input.geom },
    style: { ...defaults.style, ...input.style },
  } as Shape;
  // Only types that carry text get it (their defaults say so).
  if (defaults.text !== undefined) shape.text = input.text ?? defaults.text;
  if (input.asset !== undefined) shape.asset = input.asset;
  return shape;
}
