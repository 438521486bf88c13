import { ShapeType } from '@sketchroom/board-model';
import { boxFromCorners, type Box, type Vec } from '@sketchroom/geometry';
import type { ToolId } from '../tool-id.ts';

export type BoxShapeType =
  typeof ShapeType.rect | typeof ShapeType.ellipse | typeof ShapeType.diamond;

export function boxShapeType(toolId: ToolId): BoxShapeType {
  if (toolId === 'ellipse') return ShapeType.ellipse;
  if (toolId === 'diamond') return ShapeType.diamond;
  return ShapeType.rect;
}

/** What a plain click (no drag) creates, centred on the click. */
export const CLICK_SIZE = { width: 160, height: 100 } as const;

export function clickBox(at: Vec): Box {
  return {
    x: at.x - CLICK_SIZE.width / 2,
    y: at.y - CLICK_SIZE.height / 2,
    ...CLICK_SIZE,
  };
}

/**
 * The box dragged from `origin` to `current`. Shift makes it square (the larger
 * side wins, keeping the drag direction); Alt grows it from the origin as centre.
 */
export function dragBox(origin: Vec, current: Vec, square: boolean, fromCenter: boolean): Box {
  let dx = current.x - origin.x;
  let dy = current.y - origin.y;
  if (square) {
    const side = Math.max(Math.abs(dx), Math.abs(dy));
    dx = Math.sign(dx || 1) * side;
    dy = Math.sign(dy || 1) * side;
  }
  if (fromCenter) {
    return boxFromCorners(
      { x: origin.x - dx, y: origin.y - dy },
      { x: origin.x + dx, y: origin.y + dy },
    );
  }
  return boxFromCorners(origin, { x: origin.x + dx, y: origin.y + dy });
}
