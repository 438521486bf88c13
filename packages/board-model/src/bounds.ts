import {
  boundsOfBoxes,
  boundsOfPoints,
  boxCenter,
  rotatedBoxBounds,
  rotatePoint,
  type Box,
  type Vec,
} from '@sketchroom/geometry';
import type { Geom, Shape } from './shape.ts';

/** The unrotated box a shape is laid out in. */
export function geomBox(geom: Geom): Box {
  return { x: geom.x, y: geom.y, width: geom.width, height: geom.height };
}

/** The shape's polyline in page coordinates, rotation applied; empty if it has none. */
export function pagePoints(geom: Geom): Vec[] {
  const flat = geom.points ?? [];
  const center = boxCenter(geomBox(geom));
  const result: Vec[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2) {
    const p = { x: geom.x + flat[i], y: geom.y + flat[i + 1] };
    result.push(rotatePoint(p, center, geom.rotation));
  }
  return result;
}

/**
 * Axis-aligned page bounds of what the shape draws, without stroke width:
 * the rotated box, or the rotated points for line, arrow and draw (whose
 * points may stray outside their box).
 */
export function shapeBounds(shape: Shape): Box {
  const { geom } = shape;
  const points = pagePoints(geom);
  return boundsOfPoints(points) ?? rotatedBoxBounds(geomBox(geom), geom.rotation);
}

/** Bounds of several shapes together; undefined for none. */
export function boundsOfShapes(shapes: readonly Shape[]): Box | undefined {
  return boundsOfBoxes(shapes.map(shapeBounds));
}
