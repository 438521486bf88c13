import { describe, expect, it } from 'vitest';
import { applyTransform } from '../../editor/transform.ts';
import { TestEditor } from '../test-editor.ts';

function withRect() {
  const t = new TestEditor();
  t.press('r').drag([100, 100], [200, 180]);
  return t;
}

describe('select tool', () => {
  it('walks idle → pointing_shape → translating → idle while dragging a shape', () => {
    const t = withRect();
    const id = t.lastShape().id;
    expect(t.path).toBe('select.idle');
    t.pointerDown(150, 140);
    expect(t.path).toBe('select.pointing_shape');
    t.pointerMove(170, 150);
    expect(t.path).toBe('select.translating');
    t.pointerMove(200, 160).pointerUp();
    expect(t.path).toBe('select.idle');
    expect(t.board.getShape(id)?.geom).toMatchObject({ x: 150, y: 120 });
    // The whole drag is a single undo step.
    t.press('z', { ctrlKey: true });
    expect(t.board.getShape(id)?.geom).toMatchObject({ x: 100, y: 100 });
  });

  it('ends a drag where the pointer let go, even when the moves before it were merged', () => {
    const t = withRect();
    const id = t.lastShape().id;
    // A busy browser may deliver the release far from the last move it reported.
    t.pointerDown(150, 140).pointerMove(170, 150).pointerUp(247, 193);
    expect(t.board.getShape(id)?.geom).toMatchObject({ x: 197, y: 153 });
  });

  it('selects with a click, adds with shift-click, clears on empty canvas', () => {
    const t = withRect();
    t.press('o').drag([300, 300], [380, 360]);
    const [rect, ellipse] = t.shapes();
    t.click(150, 140);
    expect(t.editor.selectedIds).toEqual([rect.id]);
    t.click(340, 330, { shiftKey: true });
    expect(t.editor.selectedIds).toEqual([rect.id, ellipse.id]);
    t.click(340, 330, { shiftKey: true });
    expect(t.editor.selectedIds).toEqual([rect.id]);
    t.click(700, 700);
    expect(t.editor.selectedIds).toEqual([]);
  });

  it('marquee selects shapes fully inside the brush', () => {
    const t = withRect();
    t.press('o').drag([300, 300], [380, 360]);
    t.pointerDown(50, 50).pointerMove(120, 120);
    expect(t.path).toBe('select.brushing');
    expect(t.editor.state.brush).not.toBeNull();
    t.pointerMove(250, 250).pointerUp();
    expect(t.path).toBe('select.idle');
    expect(t.editor.state.brush).toBeNull();
    expect(t.editor.selectedIds).toEqual([t.shapes()[0].id]);
  });

  it('Escape while translating puts the shapes back', () => {
    const t = withRect();
    t.pointerDown(150, 140).pointerMove(300, 300);
    expect(t.path).toBe('select.translating');
    t.keyDown('Escape');
    expect(t.path).toBe('select.idle');
    expect(t.lastShape().geom).toMatchObject({ x: 100, y: 100 });
  });

  it('survives a peer deleting the shape mid-drag', () => {
    const t = withRect();
    const id = t.lastShape().id;
    t.pointerDown(150, 140).pointerMove(170, 160);
    t.board.deleteShapes([id], 'remote');
    expect(() => t.pointerMove(200, 200).pointerUp()).not.toThrow();
    expect(t.path).toBe('select.idle');
    expect(t.editor.selectedIds).toEqual([]);
    expect(t.shapes()).toHaveLength(0);
  });

  it('Escape closes an open help panel first, and only then clears the selection', () => {
    const t = withRect();
    const id = t.lastShape().id;
    t.editor.setSelection([id]);
    t.editor.setHelpOpen(true);
    t.press('Escape');
    expect(t.editor.state.helpOpen).toBe(false);
    expect(t.editor.selectedIds).toEqual([id]);
    t.press('Escape');
    expect(t.editor.selectedIds).toEqual([]);
  });

  it('double-click on a note opens the text editor', () => {
    const t = new TestEditor();
    t.press('n').click(300, 300);
    expect(t.path).toBe('select.editing_text');
    const note = t.lastShape();
    t.editor.setShapeText(note.id, 'hello');
    t.keyDown('Escape');
    expect(t.path).toBe('select.idle');
    t.doubleClick(300, 300);
    expect(t.path).toBe('select.editing_text');
    expect(t.editor.editingId).toBe(note.id);
  });
});

describe('select.transforming', () => {
  it('is entered from the handles and makes the resize one undo step', () => {
    const t = new TestEditor();
    t.press('r').drag([0, 0], [100, 100]);
    const id = t.lastShape().id;
    t.editor.grabHandles();
    expect(t.path).toBe('select.transforming');
    applyTransform(t.editor, [{ id, x: 75, y: 75, scaleX: 1.5, scaleY: 1.5, rotation: 0 }]);
    // The canvas resets the node's scale after each step, so scales are relative.
    applyTransform(t.editor, [
      { id, x: 100, y: 100, scaleX: 200 / 150, scaleY: 200 / 150, rotation: 0 },
    ]);
    t.editor.releaseHandles();
    expect(t.path).toBe('select.idle');
    expect(t.lastShape().geom).toMatchObject({ width: 200, height: 200 });
    t.press('z', { ctrlKey: true });
    expect(t.lastShape().geom).toMatchObject({ width: 100, height: 100 });
  });
});
