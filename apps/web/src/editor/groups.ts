import { MAX_GROUP_DEPTH, type Shape, type ShapeId } from '@sketchroom/board-model';
import type { ShapePatch } from '@sketchroom/board-yjs';

// Groups are membership, not a transform: each shape lists the groups it belongs to,
// outermost first (board-yjs README, "Groups"). Selection works on units: at the level
// the user has entered by double-clicking (the focused group, or the top level), a
// shape's unit is the next group down its list, or the shape alone. The selection always
// holds every member of a selected group, so moving, resizing, copying and deleting
// the selection act on whole groups without knowing about them.

/** What group logic reads: the editor, or a tool's view of it. */
export interface GroupReader {
  readonly focusedGroup: string | null;
  readonly selectedIds: readonly ShapeId[];
  getShape(id: ShapeId): Shape | undefined;
  groupMembers(groupId: string): readonly Shape[];
}

/** What entering and leaving a group also change. */
export interface GroupHost extends GroupReader {
  setFocusedGroup(groupId: string | null): void;
  setSelection(ids: readonly ShapeId[]): void;
}

/** How many of the shape's groups lie outside the entered group (0 at the top level). */
function depthIn(shape: Shape, focus: string | null): number {
  if (focus === null || !shape.groups) return 0;
  // The last place, so a list naming a group twice (another program's) cannot trap us in it.
  return shape.groups.lastIndexOf(focus) + 1;
}

/** The group a click on `shape` selects, or null when it selects the shape alone. */
export function unitGroup(reader: GroupReader, shape: Shape): string | null {
  return shape.groups?.[depthIn(shape, reader.focusedGroup)] ?? null;
}

/** A group's members that can be selected: locked ones stay out. */
export function selectableMembers(reader: GroupReader, groupId: string): ShapeId[] {
  return reader
    .groupMembers(groupId)
    .filter((shape) => !shape.locked)
    .map((shape) => shape.id);
}

/** What a click on `shape` selects: its whole group at the entered level, or itself. */
export function unitIds(reader: GroupReader, shape: Shape): ShapeId[] {
  const group = unitGroup(reader, shape);
  return group === null ? [shape.id] : selectableMembers(reader, group);
}

/** The groups around `groupId`, outermost first, as its members record them. */
export function groupsAround(reader: GroupReader, groupId: string): readonly string[] {
  const list = reader.groupMembers(groupId)[0]?.groups ?? [];
  return list.slice(0, Math.max(0, list.indexOf(groupId)));
}

/**
 * The entered group after a press on `shape` (undefined: on empty canvas). It stays
 * when the shape is inside it; a press outside steps out to the innermost group around
 * it that holds the shape, or to the top level.
 */
export function focusAfterPress(reader: GroupReader, shape: Shape | undefined): string | null {
  const focus = reader.focusedGroup;
  const groups = shape?.groups;
  if (focus === null || !groups) return null;
  if (groups.includes(focus)) return focus;
  return groupsAround(reader, focus).findLast((group) => groups.includes(group)) ?? null;
}

/** Double-click on a grouped shape: enters its group and selects the next level inside. */
export function enterGroup(host: GroupHost, shape: Shape): boolean {
  const group = unitGroup(host, shape);
  if (group === null) return false;
  host.setFocusedGroup(group);
  host.setSelection(unitIds(host, shape));
  return true;
}

/** Escape inside a group: steps out to the group around it, selecting the one left. */
export function leaveGroup(host: GroupHost): boolean {
  const focus = host.focusedGroup;
  if (focus === null) return false;
  host.setFocusedGroup(groupsAround(host, focus).at(-1) ?? null);
  host.setSelection(selectableMembers(host, focus));
  return true;
}

/** Of the shapes inside a marquee, the units lying wholly inside it. */
export function wholeUnits(reader: GroupReader, inside: readonly ShapeId[]): ShapeId[] {
  const within = new Set(inside);
  const seen = new Set<string>();
  const result: ShapeId[] = [];
  for (const id of inside) {
    const shape = reader.getShape(id);
    if (!shape) continue;
    const group = unitGroup(reader, shape);
    if (group === null) {
      result.push(id);
    } else if (!seen.has(group)) {
      seen.add(group);
      const members = selectableMembers(reader, group);
      if (members.every((member) => within.has(member))) result.push(...members);
    }
  }
  return result;
}

/**
 * How deep the selection's units sit: the number of groups around the whole selection
 * that also hold shapes left out of it. The groups after those are the selected ones.
 */
export function selectionDepth(reader: GroupReader, selected: readonly Shape[]): number {
  const chosen = new Set(selected.map((shape) => shape.id));
  const shared = commonPrefix(selected.map((shape) => shape.groups ?? []));
  for (let depth = shared.length; depth > 0; depth--) {
    const group = shared[depth - 1];
    if (selectableMembers(reader, group).some((id) => !chosen.has(id))) return depth;
  }
  return 0;
}

function commonPrefix(lists: readonly (readonly string[])[]): readonly string[] {
  const [first = [], ...rest] = lists;
  let length = first.length;
  for (const list of rest) {
    let i = 0;
    while (i < length && list[i] === first[i]) i++;
    length = i;
  }
  return first.slice(0, length);
}

/** The groups the selection holds whole, at its own level (drawn with a dashed outline). */
export function selectedGroups(reader: GroupReader, selected: readonly Shape[]): string[] {
  const depth = selectionDepth(reader, selected);
  const chosen = new Set(selected.map((shape) => shape.id));
  const groups = new Set(selected.flatMap((shape) => shape.groups?.[depth] ?? []));
  return [...groups].filter((group) =>
    selectableMembers(reader, group).every((id) => chosen.has(id)),
  );
}

/** Whether the selection holds two units or more, and room for one more level. */
export function canGroup(reader: GroupReader, selected: readonly Shape[]): boolean {
  const depth = selectionDepth(reader, selected);
  const units = new Set(selected.map((shape) => shape.groups?.[depth] ?? shape.id));
  return (
    units.size >= 2 && selected.every((shape) => (shape.groups?.length ?? 0) < MAX_GROUP_DEPTH)
  );
}

/**
 * Patches that wrap the selection's units in the new group `groupId`: it goes into each
 * list just inside the groups that hold more than the selection. None for fewer than two
 * units, or when a list is already as deep as the schema allows.
 */
export function groupPatches(
  reader: GroupReader,
  selected: readonly Shape[],
  groupId: string,
): ShapePatch[] {
  if (!canGroup(reader, selected)) return [];
  const depth = selectionDepth(reader, selected);
  return selected.map((shape) => {
    const groups = shape.groups ?? [];
    return { id: shape.id, groups: [...groups.slice(0, depth), groupId, ...groups.slice(depth)] };
  });
}

/** Patches that dissolve the groups the selection's units are (their inner groups stay). */
export function ungroupPatches(reader: GroupReader, selected: readonly Shape[]): ShapePatch[] {
  const depth = selectionDepth(reader, selected);
  return selected.flatMap((shape) => {
    const group = shape.groups?.[depth];
    if (!shape.groups || group === undefined) return [];
    const rest = shape.groups.filter((other) => other !== group);
    return [{ id: shape.id, groups: rest.length > 0 ? rest : null }];
  });
}
