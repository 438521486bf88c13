/** The shape types schema version 1 knows how to draw. */
export const ShapeType = {
  rect: 'rect',
  ellipse: 'ellipse',
  diamond: 'diamond',
  line: 'line',
  arrow: 'arrow',
  draw: 'draw',
  text: 'text',
  note: 'note',
  image: 'image',
} as const;

export type ShapeType = (typeof ShapeType)[keyof typeof ShapeType];

declare const unknownBrand: unique symbol;

/**
 * A type written by a newer client. Branded so a typo such as `'rectangle'` in
 * our own code is a compile error; only validation produces these.
 */
export type UnknownShapeType = string & { readonly [unknownBrand]: true };

export const SHAPE_TYPES: readonly ShapeType[] = Object.values(ShapeType);

const known = new Set<string>(SHAPE_TYPES);

export function isKnownShapeType(type: string): type is ShapeType {
  return known.has(type);
}

/** Types whose geometry is a polyline in `geom.points`. */
export function hasPoints(type: string): boolean {
  return type === ShapeType.line || type === ShapeType.arrow || type === ShapeType.draw;
}

/** Types that carry collaborative text. */
export function hasText(type: string): boolean {
  return type === ShapeType.text || type === ShapeType.note;
}
