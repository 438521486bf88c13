import { compareByIndex, type Shape, type ShapeId } from '@sketchroom/board-model';
import * as Y from 'yjs';
import { deepFreeze, jsonEqual, readShapeMap } from './shape-map.ts';

export interface VisibleChanges {
  added: ShapeId[];
  updated: ShapeId[];
  removed: ShapeId[];
}

/**
 * Plain records for the shapes map, rebuilt only for the shapes a transaction
 * touched. Holds valid shapes only: a shape another writer broke stays in the
 * doc, untouched, but is not shown until it is valid again.
 */
export class ShapeCache {
  private readonly shapes: Y.Map<unknown>;
  private readonly records = new Map<string, Shape>();
  private sortedIds: string[] | null = null;
  private sorted: Shape[] | null = null;

  constructor(shapes: Y.Map<unknown>) {
    this.shapes = shapes;
    for (const id of shapes.keys()) this.refresh(id);
  }

  get(id: string): Shape | undefined {
    return this.records.get(id);
  }

  /** Bottom to top; frozen and reused until something changes. */
  all(): Shape[] {
    if (!this.sorted) {
      this.sortedIds ??= [...this.records.values()].sort(compareByIndex).map((shape) => shape.id);
      const list = this.sortedIds.map((id) => this.records.get(id) as Shape);
      this.sorted = Object.freeze(list) as Shape[];
    }
    return this.sorted;
  }

  /** Re-reads the shapes touched by one transaction's events (from observeDeep). */
  applyEvents(events: Y.YEvent<Y.AbstractType<unknown>>[]): VisibleChanges {
    const changes: VisibleChanges = { added: [], updated: [], removed: [] };
    let reordered = false;
    for (const id of this.touchedIds(events)) {
      const before = this.records.get(id);
      const after = this.refresh(id);
      if (before && after) {
        // Keep the old object when nothing visible changed, so identity checks hold.
        if (jsonEqual(before, after)) this.records.set(id, before);
        else changes.updated.push(after.id);
        if (before.index !== after.index) reordered = true;
      } else if (after) {
        changes.added.push(after.id);
        reordered = true;
      } else if (before) {
        changes.removed.push(before.id);
        reordered = true;
      }
    }
    if (reordered) this.sortedIds = null;
    if (changes.added.length + changes.updated.length + changes.removed.length > 0) {
      this.sorted = null;
    }
    return changes;
  }

  private touchedIds(events: Y.YEvent<Y.AbstractType<unknown>>[]): Set<string> {
    const touched = new Set<string>();
    for (const event of events) {
      if (event.target === this.shapes) {
        for (const key of event.keys.keys()) touched.add(key); // shapes added or removed
      } else if (typeof event.path[0] === 'string') {
        touched.add(event.path[0]); // a change inside one shape's map or text
      }
    }
    return touched;
  }

  /** Re-reads one shape; returns its new record, if valid. */
  private refresh(id: string): Shape | undefined {
    const map = this.shapes.get(id);
    const result = map instanceof Y.Map ? readShapeMap(id, map) : undefined;
    if (result?.ok) {
      const shape = deepFreeze(result.shape);
      this.records.set(id, shape);
      return shape;
    }
    this.records.delete(id);
    return undefined;
  }
}
