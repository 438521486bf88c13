import type { Shape } from '@sketchroom/board-model';
import { boxIntersects, type Box } from '@sketchroom/geometry';
import Konva from 'konva';

/** Past this many pixels a bitmap costs more memory than redrawing saves. */
const MAX_PIXELS = 12_000_000;
/** Once patches cover this share of the bitmap, one full repaint is cheaper. */
const FULL_REPAINT_SHARE = 0.5;

export interface StillSource {
  /** The culled page area and the zoom the bitmap is for; null region: nothing to show. */
  view(): { region: Box | null; zoom: number };
  /** The still shapes meeting `area`, bottom to top. */
  shapesIn(area: Box): Shape[];
  /** Draws one shape in page coordinates. */
  draw(ctx: CanvasRenderingContext2D, shape: Shape): void;
}

/**
 * The still shapes of the culled region as one bitmap, so a pan is a single image copy
 * instead of thousands of shapes redrawn. An edit repaints only the pixels it touched
 * (old and new bounds, with whatever else shows there); a new region or zoom repaints all.
 * While no bitmap is ready the live Konva nodes show instead.
 */
export class StillBitmap {
  private readonly image: Konva.Image;
  private readonly canvas = document.createElement('canvas');
  private built: { region: Box; zoom: number; pixelRatio: number } | null = null;
  private dirty: Box[] = [];
  private rebuildNeeded = true;
  private frame: number | null = null;

  constructor(
    private readonly liveGroup: Konva.Group,
    private readonly source: StillSource,
  ) {
    this.image = new Konva.Image({ image: this.canvas, listening: false, visible: false });
    liveGroup.getLayer()?.add(this.image);
    this.schedule();
  }

  /** Shapes changed inside `area` (page coordinates). */
  changed(area: Box): void {
    if (!this.built || this.rebuildNeeded) return;
    this.dirty.push(area);
    this.schedule();
  }

  /** Everything may look different (theme, text editing, a new region or zoom). */
  repaintAll(): void {
    this.rebuildNeeded = true;
    this.schedule();
  }

  /** The camera moved: only a new region or zoom needs a new bitmap, a pan does not. */
  cameraChanged(): void {
    const { region, zoom } = this.source.view();
    if (this.built && region === this.built.region && zoom === this.built.zoom) return;
    // The old bitmap, stretched, stands in until the new one is painted next frame.
    this.repaintAll();
  }

  destroy(): void {
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.image.destroy();
    this.canvas.width = 0;
  }

  private schedule(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      if (this.rebuildNeeded || this.patchesCoverMost()) this.rebuild();
      else this.patch();
    });
  }

  private patchesCoverMost(): boolean {
    const region = this.built?.region;
    if (!region) return false;
    const covered = this.dirty.reduce((sum, area) => sum + area.width * area.height, 0);
    return covered > FULL_REPAINT_SHARE * region.width * region.height;
  }

  private show(bitmap: boolean): void {
    this.image.visible(bitmap);
    this.liveGroup.visible(!bitmap);
    this.image.getLayer()?.batchDraw();
  }

  private rebuild(): void {
    this.rebuildNeeded = false;
    this.dirty = [];
    const { region, zoom } = this.source.view();
    const pixelRatio = zoom * (window.devicePixelRatio || 1);
    const width = Math.ceil(region ? region.width * pixelRatio : 0);
    const height = Math.ceil(region ? region.height * pixelRatio : 0);
    if (!region || width * height > MAX_PIXELS || width === 0 || height === 0) {
      this.built = null;
      return this.show(false);
    }
    this.canvas.width = width;
    this.canvas.height = height;
    this.built = { region, zoom, pixelRatio };
    this.paint(region);
    this.image.position({ x: region.x, y: region.y });
    this.image.size({ width: region.width, height: region.height });
    this.show(true);
  }

  private patch(): void {
    const areas = this.dirty;
    this.dirty = [];
    if (!this.built) return;
    for (const area of areas) this.paint(area);
    if (areas.length > 0) this.image.getLayer()?.batchDraw();
  }

  /** Repaints `area` from scratch: cleared, then every still shape there, bottom to top. */
  private paint(area: Box): void {
    const { region, pixelRatio } = this.built!;
    if (!boxIntersects(area, region)) return;
    // Whole canvas pixels, so a patch leaves no seams at its edges.
    const left = Math.max(0, Math.floor((area.x - region.x) * pixelRatio));
    const top = Math.max(0, Math.floor((area.y - region.y) * pixelRatio));
    const right = Math.min(
      this.canvas.width,
      Math.ceil((area.x + area.width - region.x) * pixelRatio),
    );
    const bottom = Math.min(
      this.canvas.height,
      Math.ceil((area.y + area.height - region.y) * pixelRatio),
    );
    if (right <= left || bottom <= top) return;
    const ctx = this.canvas.getContext('2d')!;
    ctx.save();
    ctx.clearRect(left, top, right - left, bottom - top);
    ctx.beginPath();
    ctx.rect(left, top, right - left, bottom - top);
    ctx.clip();
    ctx.setTransform(pixelRatio, 0, 0, pixelRatio, -region.x * pixelRatio, -region.y * pixelRatio);
    const pageArea = {
      x: region.x + left / pixelRatio,
      y: region.y + top / pixelRatio,
      width: (right - left) / pixelRatio,
      height: (bottom - top) / pixelRatio,
    };
    for (const shape of this.source.shapesIn(pageArea)) this.source.draw(ctx, shape);
    ctx.restore();
  }
}
