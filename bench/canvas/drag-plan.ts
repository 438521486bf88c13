import {
  boundsOfShapes,
  shapeBounds,
  ShapeType,
  sortByIndex,
  topShapeAt,
  type Shape,
} from '../../packages/board-model/src/index.ts';
import { isInsideMarquee, type Box, type Vec } from '../../packages/geometry/src/index.ts';

/** How many shapes C2 drags. */
export const DRAG_COUNT = 100;
/** Sketchroom's zoom steps (editor/camera-ops.ts), so both apps drag at a zoom it can reach. */
const ZOOM_STEPS = [0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 1];
/** The marquee's size on screen: clear of the floating toolbars in the 1280×800 viewport. */
const MAX_MARQUEE = { width: 900, height: 540 };
const ASPECT = MAX_MARQUEE.width / MAX_MARQUEE.height;

export interface DragPlan {
  /** Scene ids (without Sketchroom's `shape:` prefix) of the shapes inside the marquee. */
  ids: string[];
  marquee: Box;
  /** The marquee is dragged from its bottom-right corner, where no panel covers the canvas. */
  marqueeStart: Vec;
  /** A point on a selected shape near the middle of the view, where the drag starts. */
  press: Vec;
  zoom: number;
  /** The centre of all shapes: where both apps centre the view. */
  center: Vec;
}

export function sceneCenter(shapes: readonly Shape[]): Vec {
  const bounds = boundsOfShapes(shapes);
  if (!bounds) throw new Error('empty scene');
  return { x: bounds.x + bounds.width / 2, y: bounds.y + bounds.height / 2 };
}

function rectAt(center: Vec, height: number): Box {
  const width = height * ASPECT;
  return { x: center.x - width / 2, y: center.y - height / 2, width, height };
}

interface Bounded {
  shape: Shape;
  bounds: Box;
}

/** Sketchroom's marquee rule (board-model shapesInMarquee), with the bounds worked out once. */
function inMarquee(shapes: readonly Bounded[], marquee: Box): Shape[] {
  return shapes.filter(({ bounds }) => isInsideMarquee(marquee, bounds)).map(({ shape }) => shape);
}

/** The smallest marquee about `center` that holds at least DRAG_COUNT shapes. */
function smallestMarquee(shapes: readonly Bounded[], center: Vec): Box {
  let low = 0;
  let high = 40_000;
  for (let step = 0; step < 40; step++) {
    const height = (low + high) / 2;
    if (inMarquee(shapes, rectAt(center, height)).length >= DRAG_COUNT) high = height;
    else low = height;
  }
  return rectAt(center, high);
}

/**
 * Picks a marquee near the scene centre that selects DRAG_COUNT shapes, starting on empty
 * canvas (a press on a shape would pick it up instead), and a point to drag them by.
 */
export function planDrag(shapes: readonly Shape[]): DragPlan {
  const center = sceneCenter(shapes);
  const ordered = sortByIndex(shapes);
  const bounded = shapes.map((shape) => ({ shape, bounds: shapeBounds(shape) }));
  const fromCenter = (point: Vec) => Math.hypot(point.x - center.x, point.y - center.y);
  // Bounded search: nudge the marquee until the corner the drag starts from is empty canvas.
  for (let attempt = 0; attempt < 200; attempt++) {
    const at = { x: center.x - (attempt % 15) * 37, y: center.y - Math.floor(attempt / 15) * 41 };
    const marquee = smallestMarquee(bounded, at);
    const marqueeStart = { x: marquee.x + marquee.width, y: marquee.y + marquee.height };
    if (topShapeAt(ordered, marqueeStart, 4)) continue;
    const selected = inMarquee(bounded, marquee);
    const inside = new Set<string>(selected.map((shape) => shape.id));
    const press = selected
      .filter((shape) => shape.type === ShapeType.rect)
      .map(({ geom }) => ({ x: geom.x + geom.width / 2, y: geom.y + geom.height / 2 }))
      .filter((point) => inside.has(topShapeAt(ordered, point)?.id ?? ''))
      .sort((a, b) => fromCenter(a) - fromCenter(b))[0];
    if (!press) continue;
    const fitting = ZOOM_STEPS.filter(
      (zoom) =>
        marquee.width * zoom <= MAX_MARQUEE.width && marquee.height * zoom <= MAX_MARQUEE.height,
    );
    return {
      ids: [...inside].map((id) => id.replace(/^shape:/, '')),
      marquee,
      marqueeStart,
      press,
      zoom: fitting[fitting.length - 1] ?? ZOOM_STEPS[0]!,
      center,
    };
  }
  throw new Error('no marquee start on empty canvas found');
}
