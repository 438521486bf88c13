import type { ArrowBinding, Shape } from './shape.ts';
import { createShapeId, type ShapeId } from './shape-id.ts';
import { createGroupId } from './group-id.ts';

/**
 * Copies of `shapes` with fresh ids, for import, paste and duplicate: arrows stay
 * bound to the copies of their shapes (an end bound to a shape outside the set
 * comes loose), and each group becomes a new group of the copies, so a duplicate
 * is not a member of its original's group.
 */
export function reidentify(shapes: readonly Shape[]): Shape[] {
  const shapeIds = new Map<string, ShapeId>(shapes.map((s) => [s.id, createShapeId()]));
  const groupIds = new Map<string, string>();
  const newGroup = (id: string) => {
    let fresh = groupIds.get(id);
    if (!fresh) groupIds.set(id, (fresh = createGroupId()));
    return fresh;
  };
  return shapes.map((shape) => {
    const copy: Shape = { ...shape, id: shapeIds.get(shape.id) as ShapeId };
    if (shape.groups) copy.groups = shape.groups.map(newGroup);
    if (shape.binding) {
      const binding = rebind(shape.binding, shapeIds);
      if (binding) copy.binding = binding;
      else delete copy.binding;
    }
    return copy;
  });
}

function rebind(binding: ArrowBinding, ids: Map<string, ShapeId>): ArrowBinding | undefined {
  const result: ArrowBinding = { ...binding };
  for (const key of ['start', 'end'] as const) {
    const end = binding[key];
    const target = end && ids.get(end.shape);
    if (end && target) result[key] = { ...end, shape: target };
    else delete result[key];
  }
  return result.start || result.end ? result : undefined;
}
