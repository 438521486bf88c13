import { createGroupId } from '@sketchroom/board-model';
import { pagePoint } from '@sketchroom/geometry';
import { describe, expect, it } from 'vitest';
import { TestEditor } from '../tools/test-editor.ts';
import { isViewEmpty } from './BackToContent.tsx';
import { CANVAS_MENU, SHAPE_MENU } from './context-menu.ts';
import { menuAt, menuForKeyboard } from './context-menu-target.ts';

function twoRects() {
  const t = new TestEditor();
  t.press('r').drag([100, 100], [200, 180]);
  const first = t.lastShape().id;
  t.press('r').drag([300, 100], [400, 180]);
  const second = t.lastShape().id;
  t.press('Escape');
  return { t, first, second };
}

describe('what a right-click acts on', () => {
  it('selects an unselected shape, keeps a selection it lands in, and knows empty canvas', () => {
    const { t, first, second } = twoRects();
    expect(t.editor.selectedIds).toEqual([]);
    expect(menuAt(t.editor, pagePoint(150, 140))).toBe(SHAPE_MENU);
    expect(t.editor.selectedIds).toEqual([first]);

    t.editor.setSelection([first, second]);
    expect(menuAt(t.editor, pagePoint(350, 140))).toBe(SHAPE_MENU);
    expect(t.editor.selectedIds).toEqual([first, second]);

    expect(menuAt(t.editor, pagePoint(600, 600))).toBe(CANVAS_MENU);
    expect(t.editor.selectedIds).toEqual([first, second]);
  });

  it('selects the whole group of a grouped shape, and passes over locked shapes', () => {
    const { t, first, second } = twoRects();
    const group = createGroupId();
    t.editor.updateShapes([
      { id: first, groups: [group] },
      { id: second, groups: [group] },
    ]);
    menuAt(t.editor, pagePoint(150, 140));
    expect([...t.editor.selectedIds].sort()).toEqual([first, second].sort());

    t.editor.setSelection([]);
    t.editor.updateShapes([{ id: first, locked: true, groups: [] }]);
    expect(menuAt(t.editor, pagePoint(150, 140))).toBe(CANVAS_MENU);
    expect(t.editor.selectedIds).toEqual([]);
  });

  it('opens from the keyboard at the middle of the selection, or of the view', () => {
    const { t, first } = twoRects();
    expect(menuForKeyboard(t.editor)).toEqual({ at: { x: 500, y: 400 }, names: CANVAS_MENU });
    t.editor.setSelection([first]);
    expect(menuForKeyboard(t.editor)).toEqual({ at: { x: 150, y: 140 }, names: SHAPE_MENU });
  });
});

describe('isViewEmpty', () => {
  it('is true only when the board has shapes and none is in view', () => {
    const t = new TestEditor();
    expect(isViewEmpty(t.editor)).toBe(false);
    t.press('r').drag([100, 100], [200, 180]);
    expect(isViewEmpty(t.editor)).toBe(false);
    t.editor.panBy({ x: -2000, y: 0 });
    expect(isViewEmpty(t.editor)).toBe(true);
    // A shape's edge peeking in is enough to count as content in view.
    t.editor.panBy({ x: 1000 + 799, y: 0 });
    expect(isViewEmpty(t.editor)).toBe(false);
  });
});
