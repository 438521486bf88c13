import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TestEditor } from '../test-editor.ts';

describe('eraser tool', () => {
  it('marks shapes it passes over and deletes them on release', () => {
    const t = new TestEditor();
    t.press('r').drag([0, 0], [50, 50]);
    t.press('r').drag([100, 0], [150, 50]);
    t.press('r').drag([0, 200], [50, 250]);
    t.press('e').pointerDown(25, 25);
    expect(t.path).toBe('eraser.erasing');
    t.pointerMove(125, 25);
    expect(t.editor.state.erasingIds).toHaveLength(2);
    t.pointerUp();
    expect(t.shapes()).toHaveLength(1);
    expect(t.path).toBe('eraser.idle');
    t.press('z', { ctrlKey: true });
    expect(t.shapes()).toHaveLength(3);
  });

  it('erases a whole group at a touch, and never a locked shape', () => {
    const t = new TestEditor();
    t.press('r').drag([0, 0], [50, 50]);
    t.press('r').drag([100, 0], [150, 50]);
    t.press('r').drag([0, 200], [50, 250]);
    const [first, second, third] = t.shapes().map((shape) => shape.id);
    t.click(25, 25).click(125, 25, { shiftKey: true }).press('g', { ctrlKey: true });
    t.click(25, 225).press('l', { ctrlKey: true, shiftKey: true });
    t.press('e').pointerDown(25, 225).pointerMove(30, 230).pointerUp();
    expect(t.board.getShape(third)).toBeDefined();
    t.pointerDown(25, 25);
    expect(t.editor.state.erasingIds).toEqual([first, second]);
    t.pointerUp();
    expect(t.shapes().map((shape) => shape.id)).toEqual([third]);
  });

  it('never erases a shape type it does not know', () => {
    const t = new TestEditor();
    t.board.doc.transact(() => {
      t.board.doc.getMap('shapes').set('shape:future', futureShape());
    }, 'remote');
    expect(t.shapes()).toHaveLength(1);
    t.press('e').drag([10, 10], [40, 40]);
    t.press('v').click(20, 20).press('Delete');
    expect(t.shapes()).toHaveLength(1);
  });
});

function futureShape() {
  // Written the way a newer client would: a type this version has never heard of.
  const map = new Y.Map<unknown>();
  map.set('type', 'hologram');
  map.set('index', 'a0');
  map.set('geom', { x: 0, y: 0, width: 50, height: 50, rotation: 0 });
  map.set('style', { stroke: '#000', fill: 'transparent', strokeWidth: 1, opacity: 1 });
  return map;
}
