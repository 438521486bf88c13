import { SHAPE_DEFINITIONS, shapeDefinition, type KnownShape } from './shapes/index.ts';

export type { UnknownShapeType } from './shape-record.ts';

/** The shape types schema version 1 knows how to draw. */
export type ShapeType = KnownShape['type'];

export const SHAPE_TYPES: readonly ShapeType[] = SHAPE_DEFINITIONS.map((d) => d.type);

/** `ShapeType.rect === 'rect'`, and so on for every registered type. */
export const ShapeType = Object.freeze(
  Object.fromEntries(SHAPE_TYPES.map((type) => [type, type])),
) as { readonly [K in ShapeType]: K };

export function isKnownShapeType(type: string): type is ShapeType {
  return shapeDefinition(type) !== undefined;
}

/** Types whose geometry is a polyline in `geom.points`. */
export function hasPoints(type: string): boolean {
  return shapeDefinition(type)?.hasPoints ?? false;
}

/** Types that carry collaborative text. */
export function hasText(type: string): boolean {
  return shapeDefinition(type)?.hasText ?? false;
}

/** Types that may carry a centred label (rect, ellipse, diamond, arrow). */
export function hasLabel(type: string): boolean {
  return shapeDefinition(type)?.hasLabel ?? false;
}
