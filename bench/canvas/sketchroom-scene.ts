import {
  createShape,
  indexesAbove,
  NO_FILL,
  ShapeType,
  type Shape,
  type ShapeId,
} from '../../packages/board-model/src/index.ts';
import type { SceneShape } from './scene.ts';

/** The scene's shape as a Sketchroom id: neutral ids are short and url-safe already. */
export function sketchroomId(shape: SceneShape): ShapeId {
  return `shape:${shape.id}` as ShapeId;
}

/** Schema-v1 records for the scene, bottom to top in scene order. */
export function toSketchroomShapes(scene: readonly SceneShape[]): Shape[] {
  const indexes = indexesAbove([], scene.length);
  return scene.map((shape, i) => {
    const index = indexes[i] as string;
    const id = sketchroomId(shape);
    const geom = { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rotation: 0 };
    const stroke = shape.color.stroke;
    switch (shape.kind) {
      case 'box':
        return createShape({
          type: ShapeType.rect,
          id,
          index,
          geom,
          style: { stroke, fill: shape.color.fill ?? NO_FILL },
        });
      case 'pen':
        return createShape({
          type: ShapeType.draw,
          id,
          index,
          geom: { ...geom, points: shape.points },
          style: { stroke },
        });
      case 'text':
        return createShape({
          type: ShapeType.text,
          id,
          index,
          geom,
          style: { stroke, fontSize: shape.fontSize },
          text: shape.text,
        });
    }
  });
}
