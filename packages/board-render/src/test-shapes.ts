import { createShape, SHAPE_TYPES, type Shape, type ShapeType } from '@sketchroom/board-model';

// Shapes of every type and style variant, shared by the renderer and export tests.

export const box = { x: 40, y: 30, width: 160, height: 100 };

/** Geometry that suits the type: polylines get a bent line inside the box. */
export function geomFor(type: ShapeType, rotation = 0) {
  const points = ['line', 'arrow', 'draw'].includes(type)
    ? [0, 0, 60, 80, 120, 20, 160, 100]
    : undefined;
  return { ...box, rotation, ...(points && { points }) };
}

export const TEXTS: Partial<Record<ShapeType, string>> = {
  text: 'Hello <board> & "friends"\nsecond line',
  note: "A note's text wraps over several lines inside its paper & padding",
};

export interface Variant {
  name: string;
  fill: string;
  strokeWidth: number;
  opacity: number;
  rotation: number;
  stroke: string;
}

export const VARIANTS: readonly Variant[] = [
  {
    name: 'plain',
    fill: 'transparent',
    strokeWidth: 2,
    opacity: 1,
    rotation: 0,
    stroke: '#1e1e1e',
  },
  { name: 'solid', fill: '#ffc9c9', strokeWidth: 4, opacity: 1, rotation: 0, stroke: '#e03131' },
  {
    name: 'tint',
    fill: '#1c7ed633',
    strokeWidth: 1,
    opacity: 0.5,
    rotation: 30,
    stroke: '#1c7ed6',
  },
  {
    name: 'no stroke',
    fill: '#b2f2bb',
    strokeWidth: 0,
    opacity: 0.8,
    rotation: -45,
    stroke: '#2f9e44',
  },
  {
    name: 'thick',
    fill: 'transparent',
    strokeWidth: 12,
    opacity: 0.25,
    rotation: 90,
    stroke: '#7048e8',
  },
];

export function variantShape(type: ShapeType, variant: Variant, index = 'a0'): Shape {
  return createShape({
    type,
    index,
    geom: geomFor(type, variant.rotation),
    style: {
      fill: variant.fill,
      stroke: variant.stroke,
      strokeWidth: variant.strokeWidth,
      opacity: variant.opacity,
    },
    text: TEXTS[type],
    asset: type === 'image' ? 'sha256-0123abcd' : undefined,
  });
}

/** One shape of every type in a row, for whole-board exports. */
export function everyType(variant: Variant): Shape[] {
  return SHAPE_TYPES.map((type, i) => {
    const shape = variantShape(type, variant, `a${i}`);
    return { ...shape, geom: { ...shape.geom, x: box.x + i * 200 } };
  });
}
