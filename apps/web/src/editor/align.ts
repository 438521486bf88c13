import { boundsOfShapes, type Shape } from '@sketchroom/board-model';
import type { ShapePatch } from '@sketchroom/board-yjs';
import { boundsOfBoxes, type Box } from '@sketchroom/geometry';
import type { Editor } from './editor.ts';
import { selectionDepth } from './groups.ts';
import { linesOf, type Axis } from './snapping.ts';

// Align and distribute act on units: a group (shapes sharing their first `groups` entry)
// moves as one, an ungrouped shape alone. Inside an entered group the units are the next
// level down (groups.ts `selectionDepth`). A unit's box is the axis-aligned bounds of
// what its shapes draw, so a rotated shape counts with its rotated outline.

export const Alignment = {
  left: 'left',
  center: 'center',
  right: 'right',
  top: 'top',
  middle: 'middle',
  bottom: 'bottom',
} as const;
export type Alignment = (typeof Alignment)[keyof typeof Alignment];

export interface AlignUnit {
  shapes: readonly Shape[];
  bounds: Box;
}

function unitKey(shape: Shape, depth: number): string {
  return shape.groups?.[depth] ?? shape.id;
}

/** The shapes as units (groups `depth` levels down), in the order their first shape comes. */
export function unitsOf(shapes: readonly Shape[], depth = 0): AlignUnit[] {
  const members = new Map<string, Shape[]>();
  for (const shape of shapes) {
    const key = unitKey(shape, depth);
    const list = members.get(key);
    if (list) list.push(shape);
    else members.set(key, [shape]);
  }
  return [...members.values()].flatMap((list) => {
    const bounds = boundsOfShapes(list);
    return bounds ? [{ shapes: list, bounds }] : [];
  });
}

export function selectionUnits(editor: Editor): AlignUnit[] {
  const selected = editor.selectedShapes();
  return unitsOf(selected, selectionDepth(editor, selected));
}

/** Whether the selection holds at least `count` units; stops counting once it does. */
export function hasUnits(editor: Editor, count: number): boolean {
  if (editor.selectedIds.length < count) return false;
  const selected = editor.selectedShapes();
  const depth = selectionDepth(editor, selected);
  const keys = new Set<string>();
  for (const shape of selected) {
    keys.add(unitKey(shape, depth));
    if (keys.size >= count) return true;
  }
  return false;
}

const ALIGN_AXIS: Record<Alignment, { axis: Axis; line: 0 | 1 | 2 }> = {
  left: { axis: 'x', line: 0 },
  center: { axis: 'x', line: 1 },
  right: { axis: 'x', line: 2 },
  top: { axis: 'y', line: 0 },
  middle: { axis: 'y', line: 1 },
  bottom: { axis: 'y', line: 2 },
};

/** Patches moving every shape of `unit` along `axis` so its line `line` lands on `target`. */
function moveUnit(unit: AlignUnit, axis: Axis, from: number, to: number): ShapePatch[] {
  if (from === to) return [];
  // `to + (own − from)` rather than `own + (to − from)`: the shape whose edge is the
  // unit's edge lands on `to` exactly, with no rounding on the way.
  return unit.shapes.map((shape) => ({
    id: shape.id,
    geom: axis === 'x' ? { x: to + (shape.geom.x - from) } : { y: to + (shape.geom.y - from) },
  }));
}

/** Lines every unit's chosen edge or centre up with the selection's (one undo step). */
export function alignPatches(units: readonly AlignUnit[], alignment: Alignment): ShapePatch[] {
  const all = boundsOfBoxes(units.map((unit) => unit.bounds));
  if (!all || units.length < 2) return [];
  const { axis, line } = ALIGN_AXIS[alignment];
  const target = linesOf(all, axis)[line];
  return units.flatMap((unit) => {
    const own = linesOf(unit.bounds, axis);
    // Move by the unit's start so the written coordinate is exact for left/top.
    const start = own[0];
    const size = own[2] - own[0];
    const newStart = line === 0 ? target : line === 1 ? target - size / 2 : target - size;
    return moveUnit(unit, axis, start, newStart);
  });
}

/**
 * Spaces the units evenly along an axis: the first and last (by centre) stay, the others
 * move so every gap between neighbours is the same.
 */
export function distributePatches(units: readonly AlignUnit[], axis: Axis): ShapePatch[] {
  if (units.length < 3) return [];
  const sorted = [...units].sort((a, b) => {
    const [aStart, aMiddle] = linesOf(a.bounds, axis);
    const [bStart, bMiddle] = linesOf(b.bounds, axis);
    return aMiddle - bMiddle || aStart - bStart;
  });
  const first = linesOf(sorted[0].bounds, axis);
  const last = linesOf(sorted[sorted.length - 1].bounds, axis);
  const inner = sorted.slice(1, -1);
  const innerSize = inner.reduce((sum, unit) => {
    const [start, , end] = linesOf(unit.bounds, axis);
    return sum + (end - start);
  }, 0);
  const gap = (last[0] - first[2] - innerSize) / (sorted.length - 1);
  let cursor = first[2] + gap;
  return inner.flatMap((unit) => {
    const [start, , end] = linesOf(unit.bounds, axis);
    const patches = moveUnit(unit, axis, start, cursor);
    cursor += end - start + gap;
    return patches;
  });
}

export function alignSelection(editor: Editor, alignment: Alignment): void {
  editor.updateShapes(alignPatches(selectionUnits(editor), alignment));
}

export function distributeSelection(editor: Editor, axis: Axis): void {
  editor.updateShapes(distributePatches(selectionUnits(editor), axis));
}
