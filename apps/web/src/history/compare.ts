import type { Shape, ShapeId } from '@sketchroom/board-model';

/** How the board now differs from a version: which shapes were added, removed or changed since. */
export interface VersionDiff {
  /** In the live board, not in the version. */
  added: ShapeId[];
  /** In the version, not in the live board. */
  removed: ShapeId[];
  /** In both, with different geometry, style, text or other fields. */
  changed: ShapeId[];
}

/** Compares a version's shapes with the live ones by id; the order of each list follows its input. */
export function compareShapes(version: readonly Shape[], now: readonly Shape[]): VersionDiff {
  const before = new Map(version.map((shape) => [shape.id, shape]));
  const nowIds = new Set(now.map((shape) => shape.id));
  const added: ShapeId[] = [];
  const changed: ShapeId[] = [];
  for (const shape of now) {
    const old = before.get(shape.id);
    if (!old) added.push(shape.id);
    else if (!sameShape(old, shape)) changed.push(shape.id);
  }
  const removed = version.filter((shape) => !nowIds.has(shape.id)).map((shape) => shape.id);
  return { added, removed, changed };
}

/** Stacking order (`index`) alone is not a change a person would see as one. */
function sameShape(a: Shape, b: Shape): boolean {
  return stableJson({ ...a, index: '' }) === stableJson({ ...b, index: '' });
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([x], [y]) => (x < y ? -1 : 1)))
      : inner,
  );
}
