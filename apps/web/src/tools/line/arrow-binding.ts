import {
  anchorAt,
  isBindable,
  type BindingEnd,
  type Shape,
  type ShapeId,
} from '@sketchroom/board-model';
import type { Vec } from '@sketchroom/geometry';
import type { ToolHost } from '../../editor/tool-host.ts';

/** The shape an arrow end at `point` attaches to (never `except`, the other end's shape). */
export function bindTargetAt(editor: ToolHost, point: Vec, except?: ShapeId): Shape | undefined {
  return editor.shapeAt(point, (shape) => isBindable(shape) && shape.id !== except);
}

/** An arrow end bound to `shape` where `point` lies on it. */
export function bindingEndOn(shape: Shape, point: Vec): BindingEnd {
  return { shape: shape.id, anchor: anchorAt(shape, point) };
}
