import { MAX_GROUP_DEPTH, type Shape, type ShapeId } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { TestEditor } from '../tools/test-editor.ts';
import { canGroup, groupPatches, selectionDepth, ungroupPatches } from './groups.ts';

const CTRL = { ctrlKey: true };
const CTRL_SHIFT = { ctrlKey: true, shiftKey: true };

/** Rectangles A (100..160), B (200..260), C (300..360), D (400..460), all at y 100..160. */
function board(count = 3) {
  const t = new TestEditor();
  for (let i = 0; i < count; i++) t.press('r').drag([100 + i * 100, 100], [160 + i * 100, 160]);
  const ids = t.shapes().map((shape) => shape.id);
  const at = (i: number): [number, number] => [130 + i * 100, 130];
  const groups = (i: number) => t.board.getShape(ids[i])?.groups;
  const selected = () => [...t.editor.selectedIds].sort();
  const of = (...which: number[]) => which.map((i) => ids[i]).sort();
  return { t, ids, at, groups, selected, of };
}

/** A and B in group G1; G1 and C in group G2 (outermost). */
function nested() {
  const b = board(4);
  const { t, at } = b;
  t.click(...at(0))
    .click(...at(1), { shiftKey: true })
    .press('g', CTRL);
  t.click(...at(0))
    .click(...at(2), { shiftKey: true })
    .press('g', CTRL);
  t.click(700, 700);
  return b;
}

describe('grouping', () => {
  it('Ctrl+G puts the selected shapes in one new group, as one undo step', () => {
    const { t, at, groups, selected, of } = board();
    t.click(...at(0))
      .click(...at(1), { shiftKey: true })
      .press('g', CTRL);
    expect(groups(0)).toHaveLength(1);
    expect(groups(0)?.[0]).toMatch(/^group:/);
    expect(groups(1)).toEqual(groups(0));
    expect(groups(2)).toBeUndefined();
    expect(selected()).toEqual(of(0, 1));
    t.press('z', CTRL);
    expect(groups(0)).toBeUndefined();
    expect(groups(1)).toBeUndefined();
    expect(t.shapes()).toHaveLength(3);
  });

  it('a click on any member selects the whole group, and a drag moves it as one', () => {
    const { t, ids, at, selected, of } = board();
    t.click(...at(0))
      .click(...at(1), { shiftKey: true })
      .press('g', CTRL);
    t.click(700, 700);
    expect(selected()).toEqual([]);
    t.click(...at(1));
    expect(selected()).toEqual(of(0, 1));
    // Alt holds snapping off, so the delta is exactly the pointer's.
    t.drag(at(1), [at(1)[0] + 35, at(1)[1] + 50], { altKey: true });
    expect(t.board.getShape(ids[0])?.geom).toMatchObject({ x: 135, y: 150 });
    expect(t.board.getShape(ids[1])?.geom).toMatchObject({ x: 235, y: 150 });
    expect(t.board.getShape(ids[2])?.geom).toMatchObject({ x: 300, y: 100 });
    // Shift-click on a member takes the whole group out of the selection.
    t.click(...at(2), { shiftKey: true });
    expect(selected()).toEqual(of(0, 1, 2));
    t.click(165, 180, { shiftKey: true });
    expect(selected()).toEqual(of(2));
  });

  it('a click on a member of a selected multi-selection narrows it to that group', () => {
    const { t, at, selected, of } = board();
    t.click(...at(0))
      .click(...at(1), { shiftKey: true })
      .press('g', CTRL);
    t.press('a', CTRL);
    expect(selected()).toEqual(of(0, 1, 2));
    t.click(...at(0));
    expect(selected()).toEqual(of(0, 1));
  });

  it('the marquee takes a group only when all of it is inside', () => {
    const { t, at, selected, of } = board();
    t.click(...at(1))
      .click(...at(2), { shiftKey: true })
      .press('g', CTRL);
    t.click(700, 700);
    t.drag([50, 50], [280, 200]);
    expect(selected()).toEqual(of(0));
    t.drag([50, 50], [380, 200]);
    expect(selected()).toEqual(of(0, 1, 2));
  });

  it('a double-click enters nested groups level by level, Escape steps out', () => {
    const { t, at, selected, of, groups } = nested();
    const [g2, g1] = groups(0) ?? [];
    expect(groups(1)).toEqual([g2, g1]);
    expect(groups(2)).toEqual([g2]);
    expect(groups(3)).toBeUndefined();

    t.click(...at(2));
    expect(selected()).toEqual(of(0, 1, 2));
    t.doubleClick(...at(0));
    expect(t.editor.focusedGroup).toBe(g2);
    expect(selected()).toEqual(of(0, 1));
    t.click(...at(2));
    expect(selected()).toEqual(of(2));
    t.doubleClick(...at(1));
    expect(t.editor.focusedGroup).toBe(g1);
    expect(selected()).toEqual(of(1));
    t.click(...at(0));
    expect(selected()).toEqual(of(0));
    // A click outside the inner group but inside the outer one steps out to the outer.
    t.click(...at(2));
    expect(t.editor.focusedGroup).toBe(g2);
    expect(selected()).toEqual(of(2));

    t.doubleClick(...at(0));
    expect(t.editor.focusedGroup).toBe(g1);
    t.press('Escape');
    expect(t.editor.focusedGroup).toBe(g2);
    expect(selected()).toEqual(of(0, 1));
    t.press('Escape');
    expect(t.editor.focusedGroup).toBeNull();
    expect(selected()).toEqual(of(0, 1, 2));
    t.press('Escape');
    expect(selected()).toEqual([]);

    // A click outside every group leaves the entered group at once.
    t.doubleClick(...at(0));
    expect(t.editor.focusedGroup).toBe(g2);
    t.click(...at(3));
    expect(t.editor.focusedGroup).toBeNull();
    t.doubleClick(...at(0)).click(700, 700);
    expect(t.editor.focusedGroup).toBeNull();
    // So does picking another tool.
    t.doubleClick(...at(0)).press('r');
    expect(t.editor.focusedGroup).toBeNull();
  });

  it('groups inside an entered group, and ungroups one level at a time', () => {
    const { t, at, groups, selected, of } = nested();
    const [g2, g1] = groups(0) ?? [];
    // Inside G2, group C with G1: the new group sits between G2 and G1.
    t.doubleClick(...at(0)).click(...at(2), { shiftKey: true });
    expect(selected()).toEqual(of(0, 1, 2));
    // G1 and C are all of G2: that is one unit, nothing to group.
    expect(canGroup(t.editor, t.editor.selectedShapes())).toBe(false);

    t.press('Escape').press('Escape');
    t.click(...at(0)).press('g', CTRL_SHIFT);
    expect(groups(0)).toEqual([g1]);
    expect(groups(1)).toEqual([g1]);
    expect(groups(2)).toBeUndefined();
    expect(selected()).toEqual(of(0, 1, 2));
    t.click(...at(0)).press('g', CTRL_SHIFT);
    expect(groups(0)).toBeUndefined();
    expect(groups(1)).toBeUndefined();
    // One undo step each.
    t.press('z', CTRL);
    expect(groups(0)).toEqual([g1]);
    t.press('z', CTRL);
    expect(groups(0)).toEqual([g2, g1]);
  });

  it('a new group inside an entered group goes just inside it', () => {
    const { t, at, groups } = board(4);
    t.press('a', CTRL).press('g', CTRL);
    const [outer] = groups(0) ?? [];
    t.doubleClick(...at(2))
      .click(...at(3), { shiftKey: true })
      .press('g', CTRL);
    const inner = groups(2)?.[1];
    expect(groups(2)).toEqual([outer, inner]);
    expect(groups(3)).toEqual([outer, inner]);
    expect(groups(0)).toEqual([outer]);
    expect(inner).not.toBe(outer);
  });

  it('duplicates, copies and deletes whole groups', async () => {
    const { t, ids, at, groups } = board();
    t.click(...at(0))
      .click(...at(1), { shiftKey: true })
      .press('g', CTRL);
    t.click(...at(0)).press('d', CTRL);
    const copies = t.editor.selectedShapes();
    expect(copies).toHaveLength(2);
    expect(copies.every((copy) => !ids.includes(copy.id))).toBe(true);
    expect(copies[0].groups).toHaveLength(1);
    expect(copies[1].groups).toEqual(copies[0].groups);
    expect(copies[0].groups).not.toEqual(groups(0));
    t.press('Delete');
    expect(t.shapes()).toHaveLength(3);
    t.click(...at(0)).press('Delete');
    expect(t.shapes().map((shape) => shape.id)).toEqual([ids[2]]);
  });

  it('double-click on a grouped note enters the group first, then edits the text', () => {
    const t = new TestEditor();
    t.press('n').click(300, 300).keyDown('Escape');
    t.press('r').drag([500, 250], [600, 350]);
    t.press('a', CTRL).press('g', CTRL);
    t.doubleClick(300, 300);
    expect(t.path).toBe('select.idle');
    expect(t.editor.focusedGroup).not.toBeNull();
    t.doubleClick(300, 300);
    expect(t.path).toBe('select.editing_text');
  });
});

describe('group logic', () => {
  const reader = (shapes: Shape[], selected: ShapeId[]) => ({
    focusedGroup: null,
    selectedIds: selected,
    getShape: (id: ShapeId) => shapes.find((s) => s.id === id),
    groupMembers: (group: string) => shapes.filter((s) => s.groups?.includes(group)),
  });
  const shape = (id: string, groups?: string[]) =>
    ({ id: `shape:${id}`, type: 'rect', groups }) as unknown as Shape;

  it('counts the groups around the selection that hold more than it', () => {
    const a = shape('a', ['group:o', 'group:i']);
    const b = shape('b', ['group:o', 'group:i']);
    const c = shape('c', ['group:o']);
    const all = [a, b, c];
    expect(selectionDepth(reader(all, []), [a, b])).toBe(1);
    expect(selectionDepth(reader(all, []), [a, b, c])).toBe(0);
    expect(ungroupPatches(reader(all, []), [a, b])).toEqual([
      { id: a.id, groups: ['group:o'] },
      { id: b.id, groups: ['group:o'] },
    ]);
    expect(groupPatches(reader(all, []), [a, b, c], 'group:n')).toEqual([]);
    expect(groupPatches(reader(all, []), [a, b], 'group:n')).toEqual([]);
  });

  it('reaches the shape itself through a list that names a group twice', () => {
    const t = new TestEditor();
    t.press('r').drag([100, 100], [200, 200]);
    t.press('r').drag([300, 100], [400, 200]);
    const [a, b] = t.shapes().map((s) => s.id);
    const twice = ['group:outer', 'group:outer'];
    t.board.updateShapes(
      [
        { id: a, groups: twice },
        { id: b, groups: twice },
      ],
      'remote',
    );
    t.click(150, 150);
    expect([...t.editor.selectedIds].sort()).toEqual([a, b].sort());
    t.doubleClick(150, 150);
    expect(t.editor.selectedIds).toEqual([a]);
  });

  it('refuses to nest deeper than the schema keeps', () => {
    const deep = Array.from({ length: MAX_GROUP_DEPTH }, (_, i) => `group:g${i}`);
    const a = shape('a', deep);
    const b = shape('b');
    expect(canGroup(reader([a, b], []), [a, b])).toBe(false);
    const shallow = shape('s', deep.slice(1));
    expect(canGroup(reader([shallow, b], []), [shallow, b])).toBe(true);
  });
});
