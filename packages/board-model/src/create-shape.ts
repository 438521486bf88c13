import { defaultStyleFor } from './defaults.ts';
import type { Geom, Shape, Style } from './shape.ts';
import { createShapeId, type ShapeId } from './shape-id.ts';
import { hasPoints, hasText, type ShapeType } from './shape-types.ts';

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

/** A complete record for a new shape: a fresh id, default geometry and style. */
export function createShape(input: NewShape): Shape {
  const geom: Geom = { x: 0, y: 0, width: 0, height: 0, rotation: 0, ...input.geom };
  if (hasPoints(input.type) && !geom.points) geom.points = [0, 0];
  const shape: Shape = {
    id: input.id ?? createShapeId(),
    type: input.type,
    index: input.index,
    geom,
    style: { ...defaultStyleFor(input.type), ...input.style },
  };
  if (hasText(input.type)) shape.text = input.text ?? '';
  if (input.asset !== undefined) shape.asset = input.asset;
  return shape;
}
