import {
  SCHEMA_VERSION,
  compareByIndex,
  indexesAbove,
  parseBoardJson,
  reidentify,
  toBoardJson,
  type ArrowBinding,
  validateShape,
  type BoardJson,
  type Shape,
  type ShapeId,
} from '@sketchroom/board-model';
import * as Y from 'yjs';
import { followBindings, staleArrowPatches } from './binding-follow.ts';
import { BindingIndex } from './binding-index.ts';
import { isLocalTransaction, originName, transact, type OriginName } from './origin.ts';
import { ShapeCache } from './shape-cache.ts';
import type { ShapePatch } from './shape-patch.ts';
import { createShapeMap, jsonEqual, mergeFields, plainCopy, readShapeMap } from './shape-map.ts';
import { replaceText } from './text-diff.ts';

/** What one transaction did to the visible shapes. */
export interface ShapeChanges {
  added: ShapeId[];
  updated: ShapeId[];
  removed: ShapeId[];
  /** Made by this client (local edit, undo, import) rather than received from a peer or storage. */
  local: boolean;
  /** The transaction's origin; null for origins from outside this package (a provider). */
  origin: OriginName | null;
}

export type { ShapePatch } from './shape-patch.ts';

/** A whole-value key of a shape map, written as given or deleted. */
type KeyWrite = { key: 'binding' | 'groups' | 'locked'; value: unknown };

export class BoardImportError extends Error {
  override name = 'BoardImportError';
}

type ShapeListener = (changes: ShapeChanges) => void;

/**
 * The board as plain shape records over one Y.Doc: the only reader and writer
 * of the doc's `shapes` and `meta` maps. Records it returns are frozen and stay
 * the same object until that shape changes, so UI code can compare by identity.
 * Shapes another writer made invalid stay in the doc untouched but are not shown.
 */
export class BoardDoc {
  readonly doc: Y.Doc;
  private readonly shapes: Y.Map<unknown>;
  private readonly meta: Y.Map<unknown>;
  private readonly cache: ShapeCache;
  private readonly bindings = new BindingIndex();
  private repairsArrows = false;
  private readonly listeners = new Set<ShapeListener>();
  private readonly cleanups = new Set<() => void>();

  constructor(doc: Y.Doc) {
    this.doc = doc;
    this.shapes = doc.getMap('shapes');
    this.meta = doc.getMap('meta');
    this.cache = new ShapeCache(this.shapes);
    for (const shape of this.cache.all()) this.bindings.update(shape.id, shape);
    const onShapes = (events: Y.YEvent<Y.AbstractType<unknown>>[], tr: Y.Transaction) => {
      const changes = this.cache.applyEvents(events);
      if (changes.added.length + changes.updated.length + changes.removed.length === 0) return;
      for (const id of [...changes.added, ...changes.updated, ...changes.removed]) {
        this.bindings.update(id, this.cache.get(id));
      }
      const origin = originName(tr.origin);
      // Our own edits keep arrows up to date (updateShapes); anything else may not have.
      if (origin !== 'local') this.repairArrows(changes);
      this.notify({ ...changes, local: isLocalTransaction(tr), origin });
    };
    this.shapes.observeDeep(onShapes);
    this.cleanups.add(() => this.shapes.unobserveDeep(onShapes));
  }

  getShape(id: ShapeId): Shape | undefined {
    return this.cache.get(id);
  }

  /** Bottom to top. The array is frozen and reused until the next change. */
  allShapes(): Shape[] {
    return this.cache.all();
  }

  /** Adds new shapes. Throws on an invalid record or an id already in use. */
  createShapes(shapes: Shape[], origin: OriginName = 'local'): void {
    const seen = new Set<string>();
    const checked = shapes.map((shape) => {
      const result = validateShape(shape);
      if (!result.ok) throw new TypeError(`Cannot create ${String(shape.id)}: ${result.error}`);
      if (this.shapes.has(shape.id) || seen.has(shape.id)) {
        throw new Error(`Cannot create ${shape.id}: a shape with this id exists`);
      }
      seen.add(shape.id);
      return result.shape;
    });
    if (checked.length === 0) return;
    this.ensureSchemaVersion();
    transact(this.doc, origin, () => {
      for (const shape of checked) this.shapes.set(shape.id, createShapeMap(shape));
    });
  }

  /**
   * Merges each patch into its shape's `geom`, `style` and `index`; fields the
   * patch does not name, known or not, stay. Shapes that no longer exist are
   * skipped: a peer may delete a shape while someone here is dragging it.
   * Arrows bound to the shapes it moves are re-routed in the same transaction,
   * and an arrow moved away from a shape it is bound to lets go of it
   * (binding-follow.ts). Throws (before writing anything) if a patch would make
   * a valid shape invalid.
   */
  updateShapes(patches: ShapePatch[], origin: OriginName = 'local'): void {
    const boundTo = (id: ShapeId) => this.bindings.arrowsBoundTo(id);
    this.writePatches(followBindings(patches, this.reader(), boundTo), origin);
  }

  /**
   * Keeps arrows bound to shapes that someone else moved (a peer on an older
   * version, a plain Yjs client, an undo that could not take the arrow back)
   * up to date, by rewriting the stale ones with origin `load`: never undone,
   * and written only when the stored points differ from what the bindings give,
   * so every client that repairs writes the same values and writes nothing once
   * the arrow is right. Viewers must not write: the app turns this on for editors.
   */
  setArrowRepair(enabled: boolean): void {
    this.repairsArrows = enabled;
    if (enabled)
      this.writePatches(staleArrowPatches(this.bindings.boundArrows(), this.reader()), 'load');
  }

  private repairArrows(changes: { added: ShapeId[]; updated: ShapeId[] }): void {
    if (!this.repairsArrows) return;
    const arrows = new Set<ShapeId>();
    for (const id of [...changes.added, ...changes.updated]) {
      for (const arrow of this.bindings.arrowsBoundTo(id)) arrows.add(arrow);
    }
    if (arrows.size > 0) this.writePatches(staleArrowPatches(arrows, this.reader()), 'load');
  }

  private reader(): (id: ShapeId) => Shape | undefined {
    return (id) => this.cache.get(id);
  }

  private writePatches(patches: ShapePatch[], origin: OriginName): void {
    const writes: Array<{
      map: Y.Map<unknown>;
      geom?: object;
      style?: object;
      index?: string;
      keys: KeyWrite[];
    }> = [];
    for (const patch of patches) {
      const map = this.shapes.get(patch.id);
      if (!(map instanceof Y.Map)) continue;
      const geom = patch.geom && mergeFields(map.get('geom'), patch.geom);
      const style = patch.style && mergeFields(map.get('style'), patch.style);
      const index = patch.index !== map.get('index') ? patch.index : undefined;
      const keys = keyWrites(map, patch);
      if (!geom && !style && index === undefined && keys.length === 0) continue;
      checkPatch(patch.id, map, geom, style, index);
      writes.push({ map, geom, style, index, keys });
    }
    if (writes.length === 0) return;
    this.ensureSchemaVersion();
    transact(this.doc, origin, () => {
      for (const { map, geom, style, index, keys } of writes) {
        if (geom) map.set('geom', geom);
        if (style) map.set('style', style);
        if (index !== undefined) map.set('index', index);
        for (const { key, value } of keys) {
          if (value === undefined) map.delete(key);
          else map.set(key, plainCopy(value));
        }
      }
    });
  }

  /** Deletes the shapes; arrows left bound to them let go of those ends in the same transaction. */
  deleteShapes(ids: ShapeId[], origin: OriginName = 'local'): void {
    const present = ids.filter((id) => this.shapes.has(id));
    if (present.length === 0) return;
    const gone = new Set<ShapeId>(present);
    const unbound = new Map<ShapeId, ArrowBinding | undefined>();
    for (const id of present) {
      for (const arrowId of this.bindings.arrowsBoundTo(id)) {
        const binding = this.cache.get(arrowId)?.binding;
        if (gone.has(arrowId) || unbound.has(arrowId) || !binding) continue;
        unbound.set(arrowId, withoutEndsOn(binding, gone));
      }
    }
    transact(this.doc, origin, () => {
      for (const id of present) this.shapes.delete(id);
      for (const [arrowId, binding] of unbound) {
        const map = this.shapeMap(arrowId);
        if (!map) continue;
        if (binding) map.set('binding', plainCopy(binding));
        else map.delete('binding');
      }
    });
  }

  /** The shared text of a text or note shape or a label, for binding an in-place editor. */
  getText(id: ShapeId): Y.Text | undefined {
    const text = this.shapeMap(id)?.get('text');
    return text instanceof Y.Text ? text : undefined;
  }

  /** Replaces a shape's text with the smallest edit, so a peer's typing elsewhere survives. */
  setText(id: ShapeId, text: string, origin: OriginName = 'local'): void {
    const map = this.shapeMap(id);
    if (!map) return;
    const current = map.get('text');
    if (current instanceof Y.Text) {
      if (current.toString() === text) return;
      transact(this.doc, origin, () => replaceText(current, text));
    } else if (current === undefined || typeof current === 'string') {
      this.ensureSchemaVersion();
      transact(this.doc, origin, () => map.set('text', new Y.Text(text)));
    }
    // Any other value is a newer client's data; it is not ours to overwrite.
  }

  observe(listener: ShapeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  getTitle(): string {
    const title = this.meta.get('title');
    return typeof title === 'string' ? title : '';
  }

  setTitle(title: string, origin: OriginName = 'local'): void {
    if (title === this.getTitle()) return;
    this.ensureSchemaVersion();
    transact(this.doc, origin, () => this.meta.set('title', title));
  }

  observeTitle(listener: (title: string) => void): () => void {
    const onMeta = (event: Y.YMapEvent<unknown>) => {
      if (event.keysChanged.has('title')) listener(this.getTitle());
    };
    this.meta.observe(onMeta);
    const stop = () => {
      this.meta.unobserve(onMeta);
      this.cleanups.delete(stop);
    };
    this.cleanups.add(stop);
    return stop;
  }

  /** The schema version the board was created with; undefined for a board never written. */
  getSchemaVersion(): number | undefined {
    const version = this.meta.get('schemaVersion');
    return typeof version === 'number' ? version : undefined;
  }

  /** The given shapes (all by default) as board JSON, bottom to top. */
  exportJson(ids?: ShapeId[]): BoardJson {
    const wanted = ids && new Set<string>(ids);
    const shapes = this.allShapes();
    return toBoardJson(wanted ? shapes.filter((shape) => wanted.has(shape.id)) : shapes);
  }

  /**
   * Adds the shapes of board JSON (text or parsed) above everything on the board,
   * in their own order and with fresh ids, which it returns bottom to top.
   * Throws BoardImportError, saying what is wrong, and adds nothing if any shape is invalid.
   */
  importJson(json: unknown, origin: OriginName = 'import'): ShapeId[] {
    const parsed = parseBoardJson(json);
    if (!parsed.ok) throw new BoardImportError(parsed.error);
    if (parsed.shapes.length === 0) return [];
    const incoming = reidentify([...parsed.shapes].sort(compareByIndex));
    const indexes = indexesAbove(this.allShapes(), incoming.length);
    const created = incoming.map((shape, i) => ({ ...shape, index: indexes[i] }));
    this.createShapes(created, origin);
    return created.map((shape) => shape.id);
  }

  destroy(): void {
    for (const cleanup of [...this.cleanups]) cleanup();
    this.cleanups.clear();
    this.listeners.clear();
  }

  private shapeMap(id: string): Y.Map<unknown> | undefined {
    const map = this.shapes.get(id);
    return map instanceof Y.Map ? map : undefined;
  }

  private notify(changes: ShapeChanges): void {
    // One failing listener must not keep the others from hearing about the change.
    let failure: unknown = null;
    for (const listener of [...this.listeners]) {
      try {
        listener(changes);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== null) throw failure;
  }

  /**
   * Records the schema version on a board's first write, and raises a version-1
   * board to this version when this client first writes to it (every version-1
   * record is a valid version-2 record, so nothing else changes). A board from a
   * newer version keeps its number. Labelled `load` so undo never removes it.
   */
  private ensureSchemaVersion(): void {
    const stored = this.meta.get('schemaVersion');
    if (typeof stored === 'number' && stored >= SCHEMA_VERSION) return;
    transact(this.doc, 'load', () => this.meta.set('schemaVersion', SCHEMA_VERSION));
  }
}

/** The binding less its ends on the given shapes; undefined when no end is left. */
function withoutEndsOn(binding: ArrowBinding, gone: ReadonlySet<string>): ArrowBinding | undefined {
  const kept: ArrowBinding = { ...binding };
  if (kept.start && gone.has(kept.start.shape)) delete kept.start;
  if (kept.end && gone.has(kept.end.shape)) delete kept.end;
  return kept.start || kept.end ? kept : undefined;
}

function keyWrites(map: Y.Map<unknown>, patch: ShapePatch): KeyWrite[] {
  const wanted: KeyWrite[] = [];
  if (patch.binding !== undefined)
    wanted.push({ key: 'binding', value: patch.binding ?? undefined });
  if (patch.groups !== undefined) {
    const groups = patch.groups && patch.groups.length > 0 ? patch.groups : undefined;
    wanted.push({ key: 'groups', value: groups });
  }
  if (patch.locked !== undefined) wanted.push({ key: 'locked', value: patch.locked || undefined });
  return wanted.filter(({ key, value }) => !jsonEqual(map.get(key), value));
}

function checkPatch(
  id: ShapeId,
  map: Y.Map<unknown>,
  geom: object | undefined,
  style: object | undefined,
  index: string | undefined,
): void {
  const current = readShapeMap(id, map);
  // A shape that is already invalid (written by someone else) cannot be judged.
  if (!current.ok) return;
  const next = validateShape({
    ...current.shape,
    geom: geom ?? current.shape.geom,
    style: style ?? current.shape.style,
    index: index ?? current.shape.index,
  });
  if (!next.ok) throw new TypeError(`Cannot update ${id}: ${next.error}`);
}
