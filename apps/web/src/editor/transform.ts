import {
  ShapeType,
  type Geom,
  type Shape,
  type ShapeId,
  type Style,
} from '@sketchroom/board-model';
import type { ShapePatch } from '@sketchroom/board-yjs';
import type { Editor } from './editor.ts';

/** A node's transform after the resize/rotate handles moved it: centre, scale and angle. */
export interface NodeTransform {
  x: number;
  y: number;
  scaleX: number;
  scaleY: number;
  rotation: number;
}

const MIN_SIZE = 1;

/**
 * The shape after a transform, with the scale folded into its size (and into the
 * points of lines and strokes, and the font of text) so the stored shape never
 * carries a scale. Nodes are centred on the shape, so x, y is the new centre.
 */
export function transformPatch(shape: Shape, t: NodeTransform): ShapePatch {
  const sx = Math.abs(t.scaleX);
  const sy = Math.abs(t.scaleY);
  const width = Math.max(
    shape.type === ShapeType.line || shape.type === ShapeType.arrow ? 0 : MIN_SIZE,
    shape.geom.width * sx,
  );
  const height = Math.max(0, shape.geom.height * sy);
  const geom: Partial<Geom> = {
    x: t.x - width / 2,
    y: t.y - height / 2,
    width,
    height,
    rotation: normalize(t.rotation),
  };
  if (shape.geom.points)
    geom.points = shape.geom.points.map((v, i) => round(v * (i % 2 === 0 ? sx : sy)));
  const patch: ShapePatch = { id: shape.id, geom };
  if (shape.type === ShapeType.text && shape.style.fontSize) {
    // Text scales as a whole: its box follows from the font, not the other way round.
    const style: Partial<Style> = { fontSize: Math.max(4, round(shape.style.fontSize * sy)) };
    patch.style = style;
  }
  return patch;
}

function normalize(degrees: number): number {
  const wrapped = degrees % 360;
  return round(wrapped < 0 ? wrapped + 360 : wrapped);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// The transform handles (Konva Transformer in the canvas) grab and release through
// `editor.grabHandles()` / `editor.releaseHandles()` and report through this.

/** Writes what the handles did to each shape (shapes deleted meanwhile are skipped). */
export function applyTransform(
  editor: Editor,
  transforms: readonly (NodeTransform & { id: ShapeId })[],
): void {
  const patches = transforms.flatMap((t) => {
    const shape = editor.getShape(t.id);
    return shape ? [transformPatch(shape, t)] : [];
  });
  editor.updateShapes(patches);
}
