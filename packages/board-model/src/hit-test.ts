import { isInsideMarquee, pointInRect, type Box, type Vec } from '@sketchroom/geometry';
import { shapeBounds } from './bounds.ts';
import { geomBox } from './shape-geometry.ts';
import type { KnownShape, Shape } from './shape.ts';
import type { ShapeId } from './shape-id.ts';
import { definitionFor } from './shapes/index.ts';

/**
 * True when page point `p` hits the shape. `tolerance` (page units) widens the
 * target, so callers pass a few screen pixels divided by the zoom. Each type
 * hits on what it draws (closed shapes on their whole area); unknown types hit
 * on their box.
 */
export function hitTestShape(shape: Shape, p: Vec, tolerance = 0): boolean {
  const definition = definitionFor(shape);
  if (definition) return definition.hitTest(shape as KnownShape, p, tolerance);
  return pointInRect(p, geomBox(shape.geom), shape.geom.rotation, tolerance);
}

/** The topmost shape under `p`; `shapes` must be sorted bottom to top. */
export function topShapeAt(shapes: readonly Shape[], p: Vec, tolerance = 0): Shape | undefined {
  for (let i = shapes.length - 1; i >= 0; i--) {
    if (hitTestShape(shapes[i], p, tolerance)) return shapes[i];
  }
  return undefined;
}

/** Ids of the shapes lying fully inside a marquee dragged in page coordinates. */
export function shapesInMarquee(shapes: readonly Shape[], marquee: Box): ShapeId[] {
  return shapes.filter((shape) => isInsideMarquee(marquee, shapeBounds(shape))).map((s) => s.id);
}
