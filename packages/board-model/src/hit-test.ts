import {
  boxCenter,
  isInsideMarquee,
  pointInDiamond,
  pointInEllipse,
  pointInRect,
  pointNearPolyline,
  rotatePoint,
  type Box,
  type Vec,
} from '@sketchroom/geometry';
import { geomBox, shapeBounds } from './bounds.ts';
import type { Shape } from './shape.ts';
import type { ShapeId } from './shape-id.ts';
import { hasPoints, ShapeType } from './shape-types.ts';

/**
 * True when page point `p` hits the shape. `tolerance` (page units) widens the
 * target, so callers pass a few screen pixels divided by the zoom. Closed shapes
 * hit on their whole area; unknown types hit on their box.
 */
export function hitTestShape(shape: Shape, p: Vec, tolerance = 0): boolean {
  const { geom } = shape;
  const box = geomBox(geom);
  if (hasPoints(shape.type)) {
    // Undo the rotation instead of rotating every point of a long stroke.
    const local = rotatePoint(p, boxCenter(box), -geom.rotation);
    const reach = tolerance + shape.style.strokeWidth / 2;
    return pointNearPolyline(local, geom.points ?? [], reach, geom);
  }
  switch (shape.type) {
    case ShapeType.ellipse:
      return pointInEllipse(p, box, geom.rotation, tolerance);
    case ShapeType.diamond:
      return pointInDiamond(p, box, geom.rotation, tolerance);
    default:
      return pointInRect(p, box, geom.rotation, tolerance);
  }
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
