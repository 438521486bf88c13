import { compareByIndex, type Shape, type ShapeId } from '@sketchroom/board-model';
import { boxContainsBox, expandBox, viewportBounds, type Box } from '@sketchroom/geometry';
import Konva from 'konva';
import type { Editor } from '../editor/editor.ts';
import type { Session } from '../editor/session.ts';
import type { IndexChange } from '../editor/shape-index.ts';
import { drawShape } from './draw-shape.ts';
import { ImageRepaints } from './image-repaints.ts';
import { PAINT_MARGIN, paintedArea } from './painted-area.ts';
import { whenFontsLoad } from './font-loading.ts';
import { StillBitmap } from './still-bitmap.ts';

const RECORD = 'shapeRecord';

/**
 * Keeps one Konva node per shape near the viewport, updated from the index's
 * change sets: a remote edit touches only the nodes it changed, never React.
 * Shapes far off screen have no node at all (culling through the R-tree), and
 * shapes under a gesture live on their own layer so the big static layer is
 * not redrawn while they move.
 */
export class ShapesRenderer {
  private readonly nodes = new Map<ShapeId, Konva.Shape>();
  /** The page area whose shapes have nodes; wider than the viewport so panning rarely re-culls. */
  private region: Box | null = null;
  private orderDirty = false;
  private frame: number | null = null;
  private readonly cleanups: (() => void)[] = [];
  /** The still shapes' nodes; they show only while the bitmap is not ready. */
  private readonly still = new Konva.Group({ listening: false });
  private readonly bitmap: StillBitmap;
  readonly images: ImageRepaints;

  constructor(
    private readonly editor: Editor,
    private readonly staticLayer: Konva.Layer,
    private readonly gestureLayer: Konva.Layer,
  ) {
    staticLayer.add(this.still);
    this.bitmap = new StillBitmap(this.still, {
      view: () => ({ region: this.region, zoom: this.editor.camera.zoom }),
      shapesIn: (area) => this.stillShapesIn(area),
      draw: (ctx, shape) => this.drawInPage(ctx, shape),
    });
    this.images = new ImageRepaints({
      assets: () => this.editor.assets,
      shape: (id) => this.editor.index.get(id),
      search: (area) => this.editor.index.search(area),
      zoom: () => this.editor.camera.zoom,
      repaint: (id, area) => this.repaintArea(id, area),
    });
  }

  start(): () => void {
    this.cleanups.push(this.editor.index.subscribe((change) => this.onIndexChange(change)));
    let previous = this.editor.state;
    this.cleanups.push(
      this.editor.session.subscribe(() => {
        const next = this.editor.state;
        this.onSessionChange(previous, next);
        previous = next;
      }),
    );
    // Text drawn before a font arrived used the fallback: draw it again in the real one.
    this.cleanups.push(whenFontsLoad(() => this.repaintAll()));
    this.applyCamera();
    this.cull(true);
    return () => {
      for (const cleanup of this.cleanups) cleanup();
      if (this.frame !== null) cancelAnimationFrame(this.frame);
      this.bitmap.destroy();
      this.images.dispose();
      for (const node of this.nodes.values()) node.destroy();
      this.nodes.clear();
    };
  }

  nodeFor(id: ShapeId): Konva.Shape | undefined {
    return this.nodes.get(id);
  }

  get nodeCount(): number {
    return this.nodes.size;
  }

  /** Draws every shape again, as when the theme changes. */
  repaintAll(): void {
    this.bitmap.repaintAll();
    this.staticLayer.batchDraw();
    this.gestureLayer.batchDraw();
  }

  private onSessionChange(previous: Session, next: Session): void {
    if (next.camera !== previous.camera || next.viewport !== previous.viewport) {
      this.applyCamera();
      this.cull(false);
      this.bitmap.cameraChanged();
    }
    if (next.selectedIds !== previous.selectedIds) this.pin(next.selectedIds);
    if (next.gestureIds !== previous.gestureIds) {
      this.pin(next.gestureIds);
      this.orderDirty = true;
    }
    if (next.erasingIds !== previous.erasingIds) {
      for (const id of new Set([...previous.erasingIds, ...next.erasingIds])) this.refresh(id);
    }
    if (next.editingId !== previous.editingId || next.theme !== previous.theme) {
      this.bitmap.repaintAll();
      this.staticLayer.batchDraw();
      this.gestureLayer.batchDraw();
    }
    this.schedule();
  }

  private onIndexChange(change: IndexChange): void {
    for (const id of change.removed) {
      this.dropNode(id);
    }
    const pinned = this.pinnedIds();
    for (const id of change.upserted) {
      const shape = this.editor.index.get(id);
      if (!shape) continue;
      const node = this.nodes.get(id);
      if (node) this.sync(node, shape);
      else if (pinned.has(id) || this.inRegion(shape)) this.create(shape);
    }
    if (change.orderChanged) this.orderDirty = true;
    this.schedule();
  }

  private applyCamera(): void {
    const stage = this.staticLayer.getStage();
    const { x, y, zoom } = this.editor.camera;
    stage.scale({ x: zoom, y: zoom });
    stage.position({ x: -x * zoom, y: -y * zoom });
    stage.batchDraw();
  }

  /** Gives nodes to the shapes near the viewport and drops the rest. */
  private cull(force: boolean): void {
    const { camera, viewport } = this.editor.state;
    const view = viewportBounds(camera, viewport);
    const region = this.region;
    const stillInside = region !== null && boxContainsBox(region, view);
    // Zoomed far in, a stale wide region would keep thousands of idle nodes.
    const tooWide = region !== null && region.width * region.height > 25 * view.width * view.height;
    if (!force && stillInside && !tooWide) return;
    this.region = expandBox(view, Math.max(view.width, view.height) * 0.5);
    const wanted = new Set<ShapeId>(this.pinnedIds());
    for (const shape of this.editor.index.search(this.region)) wanted.add(shape.id);
    for (const id of this.nodes.keys()) {
      if (!wanted.has(id)) this.dropNode(id);
    }
    for (const id of wanted) {
      const shape = this.editor.index.get(id);
      if (shape && !this.nodes.has(id)) this.create(shape);
    }
    this.orderDirty = true;
    this.schedule();
    this.images.viewChanged(view);
  }

  private pin(ids: readonly ShapeId[]): void {
    for (const id of ids) {
      const shape = this.editor.index.get(id);
      if (shape && !this.nodes.has(id)) this.create(shape);
    }
  }

  private pinnedIds(): Set<ShapeId> {
    const { selectedIds, gestureIds, editingId } = this.editor.state;
    const ids = new Set<ShapeId>([...selectedIds, ...gestureIds]);
    if (editingId) ids.add(editingId);
    return ids;
  }

  private inRegion(shape: Shape): boolean {
    const region = this.region;
    if (!region) return false;
    const { x, y, width, height } = shape.geom;
    // Generous: a rotated shape may reach a little beyond its box.
    const reach = Math.max(width, height);
    return (
      x - reach <= region.x + region.width &&
      x + width + reach >= region.x &&
      y - reach <= region.y + region.height &&
      y + height + reach >= region.y
    );
  }

  private create(shape: Shape): void {
    const node = new Konva.Shape({
      listening: false,
      perfectDrawEnabled: false,
      shadowForStrokeEnabled: false,
      sceneFunc: (context, self) => this.drawLocal(context._context, self.getAttr(RECORD) as Shape),
    });
    this.nodes.set(shape.id, node);
    // On top for now; the next frame's reorder puts it in its z-order place.
    this.still.add(node);
    this.sync(node, shape);
    this.orderDirty = true;
  }

  private refresh(id: ShapeId): void {
    const node = this.nodes.get(id);
    const shape = this.editor.index.get(id);
    if (node && shape) this.sync(node, shape);
  }

  private sync(node: Konva.Shape, shape: Shape): void {
    const before = node.getAttr(RECORD) as Shape | undefined;
    const { x, y, width, height, rotation } = shape.geom;
    const erasing = this.editor.state.erasingIds.includes(shape.id);
    // Positioned at the box centre so rotation turns about the centre, as the schema says.
    node.setAttrs({
      id: shape.id,
      x: x + width / 2,
      y: y + height / 2,
      offsetX: width / 2,
      offsetY: height / 2,
      width,
      height,
      rotation,
      scaleX: 1,
      scaleY: 1,
      opacity: shape.style.opacity * (erasing ? 0.25 : 1),
      [RECORD]: shape,
    });
    if (node.getParent() === this.still) {
      if (before) this.bitmap.changed(paintedArea(before));
      this.bitmap.changed(paintedArea(shape));
    }
    node.getLayer()?.batchDraw();
  }

  private dropNode(id: ShapeId): void {
    const node = this.nodes.get(id);
    if (!node) return;
    if (node.getParent() === this.still)
      this.bitmap.changed(paintedArea(node.getAttr(RECORD) as Shape));
    node.destroy();
    this.nodes.delete(id);
    this.images.forget(id);
  }

  /** Paints `area` of a shape again (all it may cover when null), wherever it shows now. */
  private repaintArea(id: ShapeId, area: Box | null): void {
    const node = this.nodes.get(id);
    const shape = this.editor.index.get(id);
    if (!node || !shape) return;
    if (node.getParent() !== this.still) {
      this.gestureLayer.batchDraw();
      return;
    }
    this.bitmap.changed(area ?? paintedArea(shape));
    // While the bitmap is not ready the live nodes show, and they need the redraw.
    if (this.still.visible()) this.staticLayer.batchDraw();
  }

  private schedule(): void {
    if (this.frame !== null) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = null;
      if (this.orderDirty) this.reorder();
    });
  }

  /** Puts nodes on the right layer in z-order. */
  private reorder(): void {
    this.orderDirty = false;
    const gesture = new Set<string>(this.editor.state.gestureIds);
    const shapes = [...this.nodes.keys()].flatMap((id) => this.editor.index.get(id) ?? []);
    shapes.sort(compareByIndex);
    const still: Konva.Shape[] = [];
    const moving: Konva.Shape[] = [];
    for (const shape of shapes) {
      const node = this.nodes.get(shape.id) as Konva.Shape;
      (gesture.has(shape.id) ? moving : still).push(node);
    }
    // Shapes that start or stop moving leave or join the bitmap.
    for (const node of moving) {
      if (node.getParent() !== this.gestureLayer)
        this.bitmap.changed(paintedArea(node.getAttr(RECORD) as Shape));
    }
    for (const node of this.gestureLayer.getChildren()) {
      const record = (node as Konva.Shape).getAttr(RECORD) as Shape;
      if (!gesture.has(node.id())) this.bitmap.changed(paintedArea(record));
    }
    this.still.removeChildren();
    this.gestureLayer.removeChildren();
    if (still.length > 0) this.still.add(...still);
    if (moving.length > 0) this.gestureLayer.add(...moving);
    this.staticLayer.batchDraw();
    this.gestureLayer.batchDraw();
  }

  /** Still shapes meeting `area`, bottom to top: what the bitmap shows there. */
  private stillShapesIn(area: Box): Shape[] {
    const moving = new Set<string>(this.editor.state.gestureIds);
    const found = this.editor.index.search(expandBox(area, PAINT_MARGIN));
    return found.filter((shape) => !moving.has(shape.id)).sort(compareByIndex);
  }

  /** Draws a shape in page coordinates, as its node would: turned about its centre. */
  private drawInPage(ctx: CanvasRenderingContext2D, shape: Shape): void {
    const { x, y, width, height, rotation } = shape.geom;
    const erasing = this.editor.state.erasingIds.includes(shape.id);
    ctx.save();
    ctx.translate(x + width / 2, y + height / 2);
    if (rotation) ctx.rotate((rotation * Math.PI) / 180);
    ctx.translate(-width / 2, -height / 2);
    ctx.globalAlpha = shape.style.opacity * (erasing ? 0.25 : 1);
    this.drawLocal(ctx, shape);
    ctx.restore();
  }

  private drawLocal(ctx: CanvasRenderingContext2D, shape: Shape): void {
    const { theme, editingId } = this.editor.state;
    drawShape(ctx, shape, {
      theme,
      hideText: editingId === shape.id,
      zoom: this.editor.camera.zoom,
      images: this.images.lookupFor(shape),
    });
  }
}
