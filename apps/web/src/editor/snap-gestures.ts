import { boundsOfShapes, shapeBounds, type Shape, type ShapeId } from '@sketchroom/board-model';
import {
  snapPointToGrid,
  viewportBounds,
  type Box,
  type Camera,
  type Vec,
} from '@sketchroom/geometry';
import type { PointerState } from './input.ts';
import type { Session } from './session.ts';
import type { ShapeIndex } from './shape-index.ts';
import { snapMove, snapResize, type SnapGuide, type SnapOptions } from './snapping.ts';

// Snapping as the editor's gestures use it: the settings from the session, the targets
// from the spatial index, and the guides back into the session for the canvas to draw.

/** Grid sizes offered, page units. */
export const GRID_SIZES = [10, 20, 40, 80] as const;

/** Screen pixels within which an edge or centre snaps onto another's. */
export const SNAP_DISTANCE_PX = 8;

export function isGridSize(value: unknown): value is number {
  return GRID_SIZES.some((size) => size === value);
}

/** What snapping reads and writes of the editor. */
export interface SnapHost {
  readonly pointer: Readonly<PointerState>;
  readonly camera: Camera;
  readonly state: Session;
  readonly selectedIds: readonly ShapeId[];
  readonly index: Pick<ShapeIndex, 'search'>;
  readonly session: { update(patch: Partial<Session>): void };
  getShape(id: ShapeId): Shape | undefined;
}

/** The box the transform handles report, in screen pixels (Konva's absolute coordinates). */
export interface HandlesBox {
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
}

/** The editor's snapping, for tools (`host.snapping`) and the canvas alike. */
export class Snapping {
  constructor(private readonly host: SnapHost) {}

  setGridSize(size: number): void {
    if (isGridSize(size)) this.host.session.update({ gridSize: size });
  }

  /** What snaps now; null when nothing does (both off, or Alt held). */
  options(): SnapOptions | null {
    const { gridOn, gridSize, objectSnap, camera } = this.host.state;
    if (this.host.pointer.altKey || (!gridOn && !objectSnap)) return null;
    return {
      objects: objectSnap,
      threshold: SNAP_DISTANCE_PX / camera.zoom,
      grid: gridOn && isGridSize(gridSize) ? gridSize : 0,
    };
  }

  setGuides(guides: readonly SnapGuide[]): void {
    if (guides.length === 0 && this.host.state.snapGuides.length === 0) return;
    this.host.session.update({ snapGuides: guides });
  }

  /**
   * Bounds of the visible shapes a box near `moving` could snap to: those crossing the
   * vertical or horizontal band through it (any line within `reach` of its lines lies in
   * one), found through the spatial index, never by walking every shape.
   */
  targets(moving: Box, exclude: ReadonlySet<ShapeId>, reach: number): Box[] {
    const view = viewportBounds(this.host.camera, this.host.state.viewport);
    const bands: Box[] = [
      { x: moving.x - reach, y: view.y, width: moving.width + reach * 2, height: view.height },
      { x: view.x, y: moving.y - reach, width: view.width, height: moving.height + reach * 2 },
    ];
    const seen = new Set<ShapeId>();
    const targets: Box[] = [];
    for (const band of bands) {
      for (const shape of this.host.index.search(band)) {
        if (seen.has(shape.id) || exclude.has(shape.id) || followsMoving(shape, exclude)) continue;
        seen.add(shape.id);
        targets.push(shapeBounds(shape));
      }
    }
    return targets;
  }

  /** Starts snapping one drag of these shapes. */
  mover(ids: readonly ShapeId[]): MoveSnapper {
    return new MoveSnapper(
      this,
      ids,
      boundsOfShapes(ids.flatMap((id) => this.host.getShape(id) ?? [])),
    );
  }

  /**
   * Snaps the edges a resize handle moves (`anchor` is Konva's name, e.g. `middle-left`).
   * Rotated boxes, flipped (negative) sizes and resizes that keep the aspect ratio (text,
   * or a corner with Shift) are left alone: snapping one edge would break the ratio.
   */
  handlesBox(anchor: string, box: HandlesBox, keepsRatio = false): HandlesBox {
    const options = this.options();
    const rotated = Math.abs(box.rotation % 360) > 1e-9;
    const corner = /(top|bottom)-(left|right)/.test(anchor);
    const proportional = keepsRatio || (corner && this.host.pointer.shiftKey);
    const skip = rotated || proportional || anchor === 'rotater';
    if (!options || skip || box.width <= 0 || box.height <= 0) {
      this.setGuides([]);
      return box;
    }
    const { x, y, zoom } = this.host.camera;
    const page: Box = {
      x: box.x / zoom + x,
      y: box.y / zoom + y,
      width: box.width / zoom,
      height: box.height / zoom,
    };
    const edges = {
      left: anchor.includes('left'),
      right: anchor.includes('right'),
      top: anchor.includes('top'),
      bottom: anchor.includes('bottom'),
    };
    const exclude = new Set(this.host.selectedIds);
    const targets = options.objects ? this.targets(page, exclude, options.threshold) : [];
    const result = snapResize(page, edges, targets, options);
    this.setGuides(result.guides);
    return {
      ...box,
      x: (result.box.x - x) * zoom,
      y: (result.box.y - y) * zoom,
      width: result.box.width * zoom,
      height: result.box.height * zoom,
    };
  }

  /** A new shape's corner: on the grid when the grid is on and Alt is not held. */
  newPoint<P extends Vec>(point: P): P {
    const { gridOn, gridSize } = this.host.state;
    if (!gridOn || this.host.pointer.altKey || !isGridSize(gridSize)) return point;
    return snapPointToGrid(point, gridSize);
  }
}

/** An arrow bound to a moving shape moves with it: not something to snap to. */
function followsMoving(shape: Shape, moving: ReadonlySet<ShapeId>): boolean {
  const ends = shape.binding;
  if (!ends) return false;
  return [ends.start?.shape, ends.end?.shape].some((id) => id !== undefined && moving.has(id));
}

/** Snaps the moves of one drag: the dragged shapes' bounds as they were when it began. */
export class MoveSnapper {
  private readonly moving: ReadonlySet<ShapeId>;

  constructor(
    private readonly snapping: Snapping,
    ids: readonly ShapeId[],
    private readonly bounds: Box | undefined,
  ) {
    this.moving = new Set(ids);
  }

  /** The delta to apply instead of `delta`; axes not `free` (Shift-locked) stay as they are. */
  snap(delta: Vec, free: { x: boolean; y: boolean }): Vec {
    const options = this.snapping.options();
    if (!options || !this.bounds) {
      this.snapping.setGuides([]);
      return delta;
    }
    const moved = { ...this.bounds, x: this.bounds.x + delta.x, y: this.bounds.y + delta.y };
    const targets = options.objects
      ? this.snapping.targets(moved, this.moving, options.threshold)
      : [];
    const result = snapMove(this.bounds, delta, targets, options, free);
    this.snapping.setGuides(result.guides);
    return result.delta;
  }

  done(): void {
    this.snapping.setGuides([]);
  }
}
