import { shapeBounds, type Shape } from '../../packages/board-model/src/index.ts';
import { boxIntersects, type Box, type Vec } from '../../packages/geometry/src/index.ts';

export const VIEWPORT = { width: 1280, height: 800 };

/** How many shapes a 1280×800 view centred on `center` at `zoom` shows (at least partly). */
export function shapesInView(shapes: readonly Shape[], center: Vec, zoom: number): number {
  const width = VIEWPORT.width / zoom;
  const height = VIEWPORT.height / zoom;
  const view: Box = { x: center.x - width / 2, y: center.y - height / 2, width, height };
  return shapes.filter((shape) => boxIntersects(view, shapeBounds(shape))).length;
}
