import * as Y from 'yjs';
import type { DeleteRange } from '../limits/update-scan.ts';

/** The board's shapes live in this root map (DESIGN.md, "Document schema"). */
export const SHAPES = 'shapes';

/**
 * How many shapes now on the board an update's delete set would remove: live entries of the
 * `shapes` map whose item it deletes. Costs the smaller of the ticks the delete set covers and
 * the number of shapes (times a binary search), never an encode of the document. Overwriting a
 * shape's entry counts too: the shape that was there is gone, whatever replaces it.
 */
export function countDeletedShapes(doc: Y.Doc, deletes: readonly DeleteRange[]): number {
  if (deletes.length === 0) return 0;
  const shapes = doc.getMap(SHAPES);
  const entries = shapes._map;
  let ticks = 0;
  for (const range of deletes) ticks += range.len;
  return ticks <= entries.size
    ? countByRanges(doc, shapes, deletes)
    : countByEntries(shapes, byClient(deletes));
}

const isLiveEntry = (shapes: Y.Map<unknown>, struct: Y.Item | Y.GC): boolean =>
  struct instanceof Y.Item &&
  struct.parent === shapes &&
  struct.parentSub !== null &&
  !struct.deleted &&
  shapes._map.get(struct.parentSub) === struct;

/** Walks the structs each range covers; for updates that delete little (most of them). */
function countByRanges(doc: Y.Doc, shapes: Y.Map<unknown>, deletes: readonly DeleteRange[]) {
  let count = 0;
  const counted = new Set<Y.Item>();
  for (const { client, clock, len } of deletes) {
    const structs = doc.store.clients.get(client);
    if (!structs || structs.length === 0 || len === 0) continue;
    const last = structs[structs.length - 1]!;
    if (clock >= last.id.clock + last.length) continue;
    const end = clock + len;
    for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
      const struct = structs[i]!;
      if (struct.id.clock >= end) break;
      if (isLiveEntry(shapes, struct) && !counted.has(struct as Y.Item)) {
        counted.add(struct as Y.Item);
        count += 1;
      }
    }
  }
  return count;
}

/** Looks each shape's item up in the delete set; for updates that delete a lot. */
function countByEntries(shapes: Y.Map<unknown>, ranges: Map<number, DeleteRange[]>): number {
  let count = 0;
  for (const item of shapes._map.values()) {
    if (item.deleted) continue;
    const list = ranges.get(item.id.client);
    if (list && covers(list, item.id.clock)) count += 1;
  }
  return count;
}

function byClient(deletes: readonly DeleteRange[]): Map<number, DeleteRange[]> {
  const ranges = new Map<number, DeleteRange[]>();
  for (const range of deletes) {
    if (range.len === 0) continue;
    const list = ranges.get(range.client) ?? [];
    list.push(range);
    ranges.set(range.client, list);
  }
  for (const [client, list] of ranges) ranges.set(client, merged(list));
  return ranges;
}

/** Sorted, with overlapping or touching ranges joined (a hostile update may overlap them). */
function merged(list: DeleteRange[]): DeleteRange[] {
  list.sort((a, b) => a.clock - b.clock);
  const out: DeleteRange[] = [];
  for (const range of list) {
    const last = out[out.length - 1];
    if (last && range.clock <= last.clock + last.len) {
      last.len = Math.max(last.len, range.clock + range.len - last.clock);
    } else out.push({ ...range });
  }
  return out;
}

/** Whether sorted, disjoint ranges cover `clock`. */
function covers(sorted: readonly DeleteRange[], clock: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sorted[mid]!.clock <= clock) low = mid + 1;
    else high = mid - 1;
  }
  const range = sorted[high];
  return range !== undefined && range.clock + range.len > clock;
}
