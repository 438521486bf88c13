import type { Shape, ShapeId } from '@sketchroom/board-model';

/**
 * Which arrows are bound to each shape: the reverse of the arrows' `binding`,
 * kept up to date from the shape cache's changes so a drag frame looks up the
 * arrows to move along instead of scanning the board.
 */
export class BindingIndex {
  private readonly arrowsByShape = new Map<ShapeId, Set<ShapeId>>();
  private readonly shapesByArrow = new Map<ShapeId, ShapeId[]>();

  /** Arrows bound to `id` (at either end). */
  arrowsBoundTo(id: ShapeId): readonly ShapeId[] {
    const arrows = this.arrowsByShape.get(id);
    return arrows ? [...arrows] : [];
  }

  /** Every arrow with at least one bound end. */
  boundArrows(): readonly ShapeId[] {
    return [...this.shapesByArrow.keys()];
  }

  /** Re-reads one shape's binding; `shape` undefined when it is gone. */
  update(id: ShapeId, shape: Shape | undefined): void {
    const before = this.shapesByArrow.get(id) ?? [];
    const after = shape?.binding
      ? [shape.binding.start?.shape, shape.binding.end?.shape].filter(
          (target): target is ShapeId => target !== undefined,
        )
      : [];
    if (before.length === after.length && before.every((target, i) => target === after[i])) return;
    for (const target of before) {
      const arrows = this.arrowsByShape.get(target);
      arrows?.delete(id);
      if (arrows?.size === 0) this.arrowsByShape.delete(target);
    }
    for (const target of after) {
      let arrows = this.arrowsByShape.get(target);
      if (!arrows) this.arrowsByShape.set(target, (arrows = new Set()));
      arrows.add(id);
    }
    if (after.length > 0) this.shapesByArrow.set(id, after);
    else this.shapesByArrow.delete(id);
  }
}
