import { describe, expect, it } from 'vitest';
import { APP_ACTIONS } from '../actions/registry.ts';
import { TestEditor } from '../tools/test-editor.ts';
import { lockedShapeAt } from './lock.ts';

const CTRL = { ctrlKey: true };
const CTRL_SHIFT = { ctrlKey: true, shiftKey: true };

/** A locked rectangle at 100..200 and a free one at 300..400 (both y 100..200). */
function withLocked() {
  const t = new TestEditor();
  t.press('r').drag([100, 100], [200, 200]);
  t.press('r').drag([300, 100], [400, 200]);
  const [locked, free] = t.shapes().map((shape) => shape.id);
  t.click(150, 150).press('l', CTRL_SHIFT);
  const geom = (id: string) => t.shapes().find((shape) => shape.id === id)?.geom;
  return { t, locked, free, geom };
}

describe('lock', () => {
  it('Ctrl+Shift+L locks the selection as one undo step and lets go of it', () => {
    const { t, locked } = withLocked();
    expect(t.board.getShape(locked)?.locked).toBe(true);
    expect(t.editor.selectedIds).toEqual([]);
    t.press('z', CTRL);
    expect(t.board.getShape(locked)?.locked).toBeUndefined();
  });

  it('a locked shape cannot be clicked, dragged, brushed, selected all, nudged or erased', () => {
    const { t, locked, free, geom } = withLocked();
    t.click(150, 150);
    expect(t.editor.selectedIds).toEqual([]);
    t.drag([150, 150], [250, 250]);
    expect(geom(locked)).toMatchObject({ x: 100, y: 100 });
    // That drag was a marquee over empty canvas as far as the tool is concerned.
    expect(t.editor.selectedIds).toEqual([]);
    t.drag([50, 50], [450, 250]);
    expect(t.editor.selectedIds).toEqual([free]);
    t.press('a', CTRL);
    expect(t.editor.selectedIds).toEqual([free]);
    t.press('ArrowRight');
    expect(geom(locked)).toMatchObject({ x: 100 });
    expect(geom(free)).toMatchObject({ x: 301 });
    t.press('e').drag([150, 150], [160, 160]);
    expect(t.board.getShape(locked)).toBeDefined();
    // It still draws: it is in the document as it was.
    expect(t.shapes()).toHaveLength(2);
  });

  it('a click on a locked shape over another selects the one beneath', () => {
    const t = new TestEditor();
    t.press('r').drag([100, 100], [300, 300]);
    t.press('r').drag([150, 150], [250, 250]);
    const [below, above] = t.shapes().map((shape) => shape.id);
    t.click(200, 200);
    expect(t.editor.selectedIds).toEqual([above]);
    t.press('l', CTRL_SHIFT).click(200, 200);
    expect(t.editor.selectedIds).toEqual([below]);
  });

  it('Ctrl+Shift+L with nothing selected unlocks the shape under the pointer', () => {
    const { t, locked } = withLocked();
    t.pointerMove(700, 700);
    expect(run(t, 'unlock')).toBe(false);
    // Over a shape that is not locked there is nothing to unlock either.
    t.pointerMove(350, 150);
    expect(run(t, 'unlock')).toBe(false);
    t.pointerMove(150, 150);
    expect(lockedShapeAt(t.editor, t.editor.pointer.currentPage)?.id).toBe(locked);
    t.press('l', CTRL_SHIFT);
    expect(t.board.getShape(locked)?.locked).toBeUndefined();
    expect(t.editor.selectedIds).toEqual([locked]);
    // Locked again, the context menu's unlock (the pointer on the shape) frees it.
    t.press('l', CTRL_SHIFT);
    expect(t.board.getShape(locked)?.locked).toBe(true);
    expect(run(t, 'unlock')).toBe(true);
    expect(t.board.getShape(locked)?.locked).toBeUndefined();
  });

  it('unlock-all unlocks every locked shape, whole groups selected', () => {
    const t = new TestEditor();
    for (let i = 0; i < 3; i++) t.press('r').drag([100 + i * 100, 100], [160 + i * 100, 160]);
    const ids = t.shapes().map((shape) => shape.id);
    t.click(130, 130).click(230, 130, { shiftKey: true }).press('g', CTRL);
    t.press('a', CTRL).press('l', CTRL_SHIFT);
    expect(t.shapes().every((shape) => shape.locked)).toBe(true);
    t.click(130, 130);
    expect(t.editor.selectedIds).toEqual([]);
    expect(run(t, 'unlock-all')).toBe(true);
    expect(t.shapes().some((shape) => shape.locked)).toBe(false);
    expect([...t.editor.selectedIds].sort()).toEqual([...ids].sort());
    // Unlocking is one undo step of its own.
    t.press('z', CTRL);
    expect(t.shapes().every((shape) => shape.locked)).toBe(true);
    expect(run(t, 'unlock-all')).toBe(true);
    t.click(230, 130);
    expect([...t.editor.selectedIds].sort()).toEqual([ids[0], ids[1]].sort());
  });

  it('a shape a peer locks mid-drag stays where it was locked', () => {
    const t = new TestEditor();
    t.press('r').drag([100, 100], [200, 200]);
    t.press('r').drag([300, 100], [400, 200]);
    const [first, second] = t.shapes().map((shape) => shape.id);
    t.press('a', CTRL)
      .pointerDown(150, 150, { altKey: true })
      .pointerMove(170, 150, { altKey: true });
    t.board.updateShapes([{ id: first, locked: true }], 'remote');
    t.pointerMove(250, 150, { altKey: true }).pointerUp();
    expect(t.board.getShape(first)?.geom).toMatchObject({ x: 120 });
    expect(t.board.getShape(second)?.geom).toMatchObject({ x: 400 });
  });

  it('a shape a peer locks drops out of the selection', () => {
    const t = new TestEditor();
    t.press('r').drag([100, 100], [200, 200]);
    const id = t.lastShape().id;
    expect(t.editor.selectedIds).toEqual([id]);
    t.board.updateShapes([{ id, locked: true }], 'remote');
    expect(t.editor.selectedIds).toEqual([]);
    t.press('ArrowRight');
    expect(t.lastShape().geom).toMatchObject({ x: 100 });
  });
});

function run(t: TestEditor, name: string): boolean {
  return APP_ACTIONS.run(t.editor, name, { source: 'ui', shiftKey: false });
}
