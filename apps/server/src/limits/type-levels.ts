import * as Y from 'yjs';

export interface StructId {
  client: number;
  clock: number;
}

/** One item of an update, as much of it as nesting needs. */
export interface StructRecord {
  clock: number;
  length: number;
  isType: boolean;
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** A root type, the id of the parent type's item, or the parent of a neighbour ('copy'). */
  parent: 'root' | 'copy' | StructId;
  /** Level of the type this item lives in, once known; see Level. */
  parentLevel?: number;
  visiting?: boolean;
}

export interface StructRecords {
  /** Each client's items in clock order. */
  clients: Map<number, StructRecord[]>;
}

/** Besides real levels (a root type is 1): */
const Level = { discarded: 0, missing: -1, invalid: -2 } as const;

/**
 * Works out how deeply each new shared type would nest once applied, from the update itself
 * and the types already in the document. Iterative, so a hostile chain cannot overflow the stack.
 * Returns why the update must be refused, or null.
 */
export function resolveTypeLevels(
  records: StructRecords,
  doc: Y.Doc,
  maxTypeDepth: number,
): string | null {
  const resolver = new LevelResolver(records, doc, maxTypeDepth);
  for (const runs of records.clients.values()) {
    for (const run of runs) {
      const level = resolver.parentLevel(run);
      if (level === Level.invalid) return 'an item names a parent that is not a shared type';
      if (!run.isType) continue;
      if (level === Level.missing) return 'a shared type depends on data the room does not have';
      if (level + 1 > maxTypeDepth) return `shared types nest deeper than ${maxTypeDepth} levels`;
    }
  }
  return null;
}

class LevelResolver {
  private readonly docLevels = new Map<Y.AbstractType<unknown>, number>();

  constructor(
    private readonly records: StructRecords,
    private readonly doc: Y.Doc,
    private readonly maxTypeDepth: number,
  ) {}

  parentLevel(start: StructRecord): number {
    const stack = [start];
    while (stack.length > 0) {
      const run = stack[stack.length - 1]!;
      if (run.parentLevel !== undefined) {
        stack.pop();
        continue;
      }
      run.visiting = true;
      const next = this.step(run);
      if (typeof next === 'number') {
        run.parentLevel = next;
        run.visiting = false;
        stack.pop();
      } else if (next.visiting) {
        run.parentLevel = Level.invalid; // a cycle: no real update refers to itself
        stack.pop();
      } else {
        stack.push(next);
      }
    }
    return start.parentLevel!;
  }

  /** The run's parent level if it can be told now, or the run it depends on. */
  private step(run: StructRecord): number | StructRecord {
    if (run.parent === 'root') return 1;
    if (run.parent === 'copy') {
      const neighbour = run.origin ?? run.rightOrigin;
      if (!neighbour) return Level.invalid;
      const inUpdate = this.findInUpdate(neighbour);
      if (inUpdate) return inUpdate.parentLevel ?? inUpdate;
      const struct = this.findInDoc(neighbour);
      if (!struct) return Level.missing;
      if (!(struct instanceof Y.Item)) return Level.discarded;
      return struct.parent instanceof Y.AbstractType
        ? this.levelInDoc(struct.parent)
        : Level.invalid;
    }
    const parentRun = this.findInUpdate(run.parent);
    if (parentRun) {
      if (!parentRun.isType || parentRun.clock !== run.parent.clock) return Level.invalid;
      if (parentRun.parentLevel === undefined) return parentRun;
      return parentRun.parentLevel > 0 ? parentRun.parentLevel + 1 : parentRun.parentLevel;
    }
    const struct = this.findInDoc(run.parent);
    if (!struct) return Level.missing;
    if (!(struct instanceof Y.Item) || struct.deleted) return Level.discarded;
    if (!(struct.content instanceof Y.ContentType)) return Level.invalid;
    return this.levelInDoc(struct.content.type);
  }

  private findInUpdate({ client, clock }: StructId): StructRecord | null {
    const runs = this.records.clients.get(client);
    if (!runs) return null;
    let low = 0;
    let high = runs.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const run = runs[middle]!;
      if (clock < run.clock) high = middle - 1;
      else if (clock >= run.clock + run.length) low = middle + 1;
      else return run;
    }
    return null;
  }

  private findInDoc({ client, clock }: StructId): Y.Item | Y.GC | null {
    const structs = this.doc.store.clients.get(client);
    if (!structs || clock >= Y.getState(this.doc.store, client)) return null;
    try {
      return structs[Y.findIndexSS(structs, clock)] as Y.Item | Y.GC;
    } catch {
      return null;
    }
  }

  /** A type already in the document: 1 for a root type, one more per enclosing type. */
  private levelInDoc(type: Y.AbstractType<unknown>): number {
    const known = this.docLevels.get(type);
    if (known !== undefined) return known;
    let level = 1;
    for (let item = type._item; item; level++) {
      // Deeper than allowed is all that matters; stop walking there.
      if (level > this.maxTypeDepth) break;
      const parent = item.parent;
      item = parent instanceof Y.AbstractType ? parent._item : null;
    }
    this.docLevels.set(type, level);
    return level;
  }
}
