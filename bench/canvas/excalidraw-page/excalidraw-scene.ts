import { convertToExcalidrawElements } from '@excalidraw/excalidraw';
import type { ExcalidrawElementSkeleton } from '@excalidraw/excalidraw/data/transform';
import type { SceneShape } from '../scene.ts';

type Element = ReturnType<typeof convertToExcalidrawElements>[number];

/**
 * A freedraw element has no skeleton form (convertToExcalidrawElements passes it through
 * as is), so it is written out whole, as Excalidraw's own freedraw tool makes it.
 */
function freedraw(shape: Extract<SceneShape, { kind: 'pen' }>, seed: number) {
  const points: [number, number][] = [];
  for (let i = 0; i + 1 < shape.points.length; i += 2) {
    points.push([shape.points[i] as number, shape.points[i + 1] as number]);
  }
  return {
    type: 'freedraw',
    id: shape.id,
    x: shape.x,
    y: shape.y,
    width: shape.width,
    height: shape.height,
    angle: 0,
    strokeColor: shape.color.stroke,
    backgroundColor: 'transparent',
    fillStyle: 'solid',
    strokeWidth: 2,
    strokeStyle: 'solid',
    roughness: 1,
    opacity: 100,
    roundness: null,
    seed,
    version: 1,
    versionNonce: seed,
    index: null,
    isDeleted: false,
    groupIds: [],
    frameId: null,
    boundElements: null,
    updated: 1,
    link: null,
    locked: false,
    points,
    pressures: [],
    simulatePressure: true,
    lastCommittedPoint: null,
  } as unknown as ExcalidrawElementSkeleton;
}

function skeleton(shape: SceneShape, seed: number): ExcalidrawElementSkeleton {
  switch (shape.kind) {
    case 'box':
      return {
        type: 'rectangle',
        id: shape.id,
        x: shape.x,
        y: shape.y,
        width: shape.width,
        height: shape.height,
        strokeColor: shape.color.stroke,
        backgroundColor: shape.color.fill ?? 'transparent',
        strokeWidth: 2,
      };
    case 'pen':
      return freedraw(shape, seed);
    case 'text':
      return {
        type: 'text',
        id: shape.id,
        x: shape.x,
        y: shape.y,
        text: shape.text,
        fontSize: shape.fontSize,
        strokeColor: shape.color.stroke,
      };
  }
}

/** The scene as Excalidraw elements with the scene's ids, in the scene's order. */
export function toExcalidrawElements(scene: readonly SceneShape[]): Element[] {
  // Excalidraw's defaults otherwise: hand-drawn look (roughness 1), solid fills.
  const skeletons = scene.map((shape, i) => skeleton(shape, i + 1));
  return convertToExcalidrawElements(skeletons, { regenerateIds: false });
}
