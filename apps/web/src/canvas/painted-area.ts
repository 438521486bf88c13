import { shapeBounds, type Shape } from '@sketchroom/board-model';
import { boxUnion, expandBox, type Box } from '@sketchroom/geometry';
import { labelBounds } from '@sketchroom/board-render';
import { measureText } from './measure.ts';

/** Page units beyond a shape's bounds that its paint may reach (stroke, arrow head, note shadow). */
export const PAINT_MARGIN = 24;

/** The page area a shape's paint may cover: what to repaint when it changes. */
export function paintedArea(shape: Shape): Box {
  const area = expandBox(shapeBounds(shape), shape.style.strokeWidth + PAINT_MARGIN);
  // An arrow's label may reach well past the arrow's own box.
  const label = labelBounds(shape, measureText);
  return label ? boxUnion(area, label) : area;
}
