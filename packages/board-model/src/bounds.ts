import { boundsOfBoxes, type Box } from '@sketchroom/geometry';
import { boxBounds, polylineBounds } from './shape-geometry.ts';
import type { KnownShape, Shape } from './shape.ts';
import { definitionFor } from './shapes/index.ts';

export { geomBox, pagePoints } from './shape-geometry.ts';

/**
 * Axis-aligned page bounds of what the shape draws, without stroke width, as its
 * type defines them. Unknown types: their points if they have any, else their box.
 */
export function shapeBounds(shape: Shape): Box {
  const definition = definitionFor(shape);
  if (definition) return definition.bounds(shape as KnownShape);
  return shape.geom.points ? polylineBounds(shape) : boxBounds(shape);
}

/** Bounds of several shapes together; undefined for none. */
export function boundsOfShapes(shapes: readonly Shape[]): Box | undefined {
  return boundsOfBoxes(shapes.map(shapeBounds));
}
