import {
  boundsOfPoints,
  boxCenter,
  pointNearPolyline,
  rotatedBoxBounds,
  rotatePoint,
  type Box,
  type Vec,
} from '@sketchroom/geometry';
import type { Geom, ShapeRecord } from './shape-record.ts';

// Geometry the shape definitions share: box-laid and polyline-laid shapes.

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

/** Page bounds of a shape drawn in its box: the rotated box. */
export function boxBounds(shape: ShapeRecord): Box {
  return rotatedBoxBounds(geomBox(shape.geom), shape.geom.rotation);
}

/** Page bounds of a shape drawn along its points, which may stray outside its box. */
export function polylineBounds(shape: ShapeRecord): Box {
  return boundsOfPoints(pagePoints(shape.geom)) ?? boxBounds(shape);
}

/** Near the stroke of a polyline shape, widened by half its stroke width. */
export function hitsPolyline(shape: ShapeRecord, p: Vec, tolerance: number): boolean {
  const { geom } = shape;
  // Undo the rotation instead of rotating every point of a long stroke.
  const local = rotatePoint(p, boxCenter(geomBox(geom)), -geom.rotation);
  const reach = tolerance + shape.style.strokeWidth / 2;
  return pointNearPolyline(local, geom.points ?? [], reach, geom);
}
