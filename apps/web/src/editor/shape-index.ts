import {
  compareByIndex,
  hitTestShape,
  shapeBounds,
  type Shape,
  type ShapeId,
} from '@sketchroom/board-model';
import { expandBox, isInsideMarquee, type Box, type Vec } from '@sketchroom/geometry';
import RBush from 'rbush';

interface Entry {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  shape: Shape;
}

/** Which shapes one batch of document changes touched. */
export interface IndexChange {
  /** Added or changed: read them again with `get`. */
  upserted: readonly ShapeId[];
  removed: readonly ShapeId[];
  /** True when some shape's z-order (index) may have changed or shapes came or went. */
  orderChanged: boolean;
}

/**
 * The editor's view of the document's shapes: the latest record of each and an
 * R-tree of their bounds, kept up to date change by change (never rebuilt per
 * update), so hit-testing and viewport culling stay cheap with 10,000 shapes.
 */
export class ShapeIndex {
  private readonly entries = new Map<ShapeId, Entry>();
  private readonly tree = new RBush<Entry>();
  private readonly listeners = new Set<(change: IndexChange) => void>();
  private sorted: Shape[] | null = null;
  /** Group id → member ids, built on demand and dropped when any shape's groups change. */
  private groups: Map<string, ShapeId[]> | null = null;

  get size(): number {
    return this.entries.size;
  }

  get(id: ShapeId): Shape | undefined {
    return this.entries.get(id)?.shape;
  }

  has(id: ShapeId): boolean {
    return this.entries.has(id);
  }

  /** Every shape, bottom to top (cached until the next change). */
  all(): readonly Shape[] {
    this.sorted ??= [...this.entries.values()].map((e) => e.shape).sort(compareByIndex);
    return this.sorted;
  }

  /** Whether any shape's bounds touch `box`: no sorting, so cheap enough per camera move. */
  anyIn(box: Box): boolean {
    return this.tree.collides({
      minX: box.x,
      minY: box.y,
      maxX: box.x + box.width,
      maxY: box.y + box.height,
    });
  }

  /** Shapes whose bounds touch `box`, bottom to top. */
  search(box: Box): Shape[] {
    const found = this.tree.search({
      minX: box.x,
      minY: box.y,
      maxX: box.x + box.width,
      maxY: box.y + box.height,
    });
    return found.map((e) => e.shape).sort(compareByIndex);
  }

  /** The topmost shape under a page point, within `slop` page units, that `accept` takes. */
  hitTest(
    point: Vec,
    slop: number,
    accept: (shape: Shape) => boolean = () => true,
  ): Shape | undefined {
    const near = this.search({
      x: point.x - slop,
      y: point.y - slop,
      width: slop * 2,
      height: slop * 2,
    });
    for (let i = near.length - 1; i >= 0; i--) {
      if (accept(near[i]) && hitTestShape(near[i], point, slop)) return near[i];
    }
    return undefined;
  }

  /** Ids of unlocked shapes lying fully inside a page box, bottom to top. */
  inMarquee(box: Box): ShapeId[] {
    return this.search(box)
      .filter((shape) => !shape.locked && isInsideMarquee(box, shapeBounds(shape)))
      .map((shape) => shape.id);
  }

  /** The shapes whose `groups` list holds `groupId`, at any depth. */
  groupMembers(groupId: string): Shape[] {
    this.groups ??= collectGroups(this.entries.values());
    return (this.groups.get(groupId) ?? []).flatMap((id) => this.entries.get(id)?.shape ?? []);
  }

  /** Replaces everything (first load). */
  reset(shapes: readonly Shape[]): void {
    const removed = [...this.entries.keys()];
    this.entries.clear();
    this.tree.clear();
    const items = shapes.map(toEntry);
    for (const item of items) this.entries.set(item.shape.id, item);
    this.tree.load(items);
    this.sorted = null;
    this.groups = null;
    this.emit({ upserted: shapes.map((s) => s.id), removed, orderChanged: true });
  }

  /** Applies one batch of changes and tells listeners once. */
  apply(upserts: readonly Shape[], removals: readonly ShapeId[]): void {
    let orderChanged = removals.length > 0;
    const removed: ShapeId[] = [];
    for (const id of removals) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      this.tree.remove(entry);
      this.entries.delete(id);
      removed.push(id);
      if (entry.shape.groups) this.groups = null;
    }
    for (const shape of upserts) {
      const previous = this.entries.get(shape.id);
      if (previous) this.tree.remove(previous);
      if (!previous || previous.shape.index !== shape.index) orderChanged = true;
      if (!sameGroups(previous?.shape.groups, shape.groups)) this.groups = null;
      const entry = toEntry(shape);
      this.entries.set(shape.id, entry);
      this.tree.insert(entry);
    }
    if (orderChanged || upserts.length > 0) this.sorted = null;
    if (upserts.length === 0 && removed.length === 0) return;
    this.emit({ upserted: upserts.map((s) => s.id), removed, orderChanged });
  }

  subscribe(listener: (change: IndexChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(change: IndexChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}

function collectGroups(entries: Iterable<Entry>): Map<string, ShapeId[]> {
  const groups = new Map<string, ShapeId[]>();
  for (const { shape } of entries) {
    for (const group of new Set(shape.groups)) {
      const members = groups.get(group);
      if (members) members.push(shape.id);
      else groups.set(group, [shape.id]);
    }
  }
  return groups;
}

function sameGroups(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return a.every((group, i) => group === b[i]);
}

function toEntry(shape: Shape): Entry {
  // Half the stroke sticks out of the geometry; count it so culling never clips an edge.
  const b = expandBox(shapeBounds(shape), shape.style.strokeWidth / 2 + 1);
  return { minX: b.x, minY: b.y, maxX: b.x + b.width, maxY: b.y + b.height, shape };
}
