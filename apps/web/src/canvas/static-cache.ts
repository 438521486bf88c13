import type { Box } from '@sketchroom/geometry';
import type Konva from 'konva';

/** Past this many cached pixels a bitmap costs more memory than redrawing saves. */
const MAX_CACHE_PIXELS = 12_000_000;
/** Content edits come in bursts (a remote drag, a paste): draw live until they settle. */
const SETTLE_MS = 150;

/**
 * Keeps the still shapes as one bitmap of the culled region, so panning is a single image
 * copy instead of redrawing thousands of shapes. A camera move that changes the region or
 * the zoom rebuilds it on the next frame; a content edit draws live and rebuilds once quiet.
 */
export class StaticCache {
  private settleTimer: ReturnType<typeof setTimeout> | null = null;
  private frame: number | null = null;
  private cachedZoom = 0;
  private cachedRegion: Box | null = null;

  constructor(
    private readonly group: Konva.Group,
    private readonly view: () => { region: Box | null; zoom: number },
  ) {}

  /** Shapes in the group changed: show them live now, cache again once edits pause. */
  contentChanged(): void {
    this.drop();
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    this.settleTimer = setTimeout(() => {
      this.settleTimer = null;
      this.rebuildSoon();
    }, SETTLE_MS);
  }

  /** The camera moved: a new region or zoom needs a new bitmap, a plain pan does not. */
  cameraChanged(): void {
    const { region, zoom } = this.view();
    if (region === this.cachedRegion && zoom === this.cachedZoom) return;
    this.drop();
    if (this.settleTimer === null) this.rebuildSoon();
  }

  destroy(): void {
    if (this.settleTimer !== null) clearTimeout(this.settleTimer);
    if (this.frame !== null) cancelAnimationFrame(this.frame);
    this.drop();
  }

  private drop(): void {
    if (this.group.isCached()) this.group.clearCache();
    this.cachedRegion = null;
    this.cachedZoom = 0;
    this.group.getLayer()?.batchDraw();
  }

  private rebuildSoon(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      this.rebuild();
    });
  }

  private rebuild(): void {
    const { region, zoom } = this.view();
    if (!region || this.group.getChildren().length === 0) return;
    const pixelRatio = zoom * (window.devicePixelRatio || 1);
    if (region.width * region.height * pixelRatio * pixelRatio > MAX_CACHE_PIXELS) return;
    this.group.cache({ ...region, pixelRatio, imageSmoothingEnabled: true });
    this.cachedRegion = region;
    this.cachedZoom = zoom;
    this.group.getLayer()?.batchDraw();
  }
}
