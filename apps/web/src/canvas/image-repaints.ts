import type { Shape, ShapeId } from '@sketchroom/board-model';
import { expandBox, type Box } from '@sketchroom/geometry';
import type { AssetSource } from '../assets/asset-source.ts';
import { ImageCache, type ImageLookup } from './image-cache.ts';
import { spinnerReach } from './spinner.ts';

/** A picture not painted for this long, and far from the view, is closed. */
const IDLE_MS = 5_000;

export interface ImageRepaintTarget {
  /** The board's pictures' source, read when a load starts. */
  assets(): AssetSource;
  shape(id: ShapeId): Shape | undefined;
  /** Shapes meeting `area` (to find the pictures near the view). */
  search(area: Box): Iterable<Shape>;
  zoom(): number;
  /** Paint `area` of shape `id` again (its picture arrived, or its spinner turned). */
  repaint(id: ShapeId, area: Box | null): void;
}

/**
 * Ties the canvas to its pictures: which shapes drew which asset, so the arrival of a file
 * repaints exactly those shapes; which are still loading, so their spinners turn on
 * animation frames (only the spinners' small areas, and only while something loads); and
 * which pictures are far enough from the view to be closed.
 */
export class ImageRepaints {
  readonly cache: ImageCache;
  private readonly drawnWith = new Map<string, Set<ShapeId>>();
  private readonly assetOf = new Map<ShapeId, string>();
  private readonly loading = new Set<ShapeId>();
  private frame: number | null = null;
  private readonly stop: () => void;

  constructor(
    private readonly target: ImageRepaintTarget,
    cache?: ImageCache,
  ) {
    this.cache = cache ?? new ImageCache({ source: () => target.assets() });
    this.stop = this.cache.subscribe((asset) => this.arrived(asset));
  }

  /** The lookup to paint shape `shape` with; it notes what the shape is waiting for. */
  lookupFor(shape: Shape): ImageLookup | undefined {
    if (shape.type !== 'image') return undefined;
    return {
      image: (asset, need) => {
        const found = this.cache.image(asset, need);
        this.note(shape.id, asset, found.state === 'loading');
        return found;
      },
    };
  }

  /** Shape `id` is no longer painted (culled or deleted). */
  forget(id: ShapeId): void {
    const asset = this.assetOf.get(id);
    const ids = asset === undefined ? undefined : this.drawnWith.get(asset);
    ids?.delete(id);
    if (ids?.size === 0) this.drawnWith.delete(asset!);
    this.assetOf.delete(id);
    this.loading.delete(id);
  }

  /** The view moved to `view`: pictures two screens or more away may be closed. */
  viewChanged(view: Box): void {
    const near = expandBox(view, 2 * Math.max(view.width, view.height));
    const keep = new Set<string>();
    for (const shape of this.target.search(near)) {
      if (shape.type === 'image' && shape.asset) keep.add(shape.asset);
    }
    this.cache.release(keep, IDLE_MS);
  }

  get loadingCount(): number {
    return this.loading.size;
  }

  dispose(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.stop();
    this.cache.dispose();
  }

  private note(id: ShapeId, asset: string, loading: boolean): void {
    const previous = this.assetOf.get(id);
    if (previous !== asset) {
      if (previous !== undefined) this.forget(id);
      this.assetOf.set(id, asset);
      let ids = this.drawnWith.get(asset);
      if (!ids) this.drawnWith.set(asset, (ids = new Set()));
      ids.add(id);
    }
    if (loading) {
      this.loading.add(id);
      this.spin();
    } else this.loading.delete(id);
  }

  private arrived(asset: string): void {
    for (const id of this.drawnWith.get(asset) ?? []) {
      this.loading.delete(id);
      const shape = this.target.shape(id);
      if (shape && shape.type === 'image' && shape.asset === asset) this.target.repaint(id, null);
    }
  }

  /** One spinner frame for every loading picture, then the next while any still loads. */
  private spin(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      const reach = spinnerReach(this.target.zoom());
      for (const id of [...this.loading]) {
        const shape = this.target.shape(id);
        if (!shape || shape.type !== 'image') {
          this.forget(id);
          continue;
        }
        const { x, y, width, height } = shape.geom;
        const centre = { x: x + width / 2 - reach, y: y + height / 2 - reach };
        this.target.repaint(id, { ...centre, width: reach * 2, height: reach * 2 });
      }
      // Painting the spinners notes their shapes again; none left loading ends the loop.
      if (this.loading.size > 0) this.spin();
    });
  }
}
