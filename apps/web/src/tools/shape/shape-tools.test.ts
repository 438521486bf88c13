import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor.ts';

describe('rectangle, ellipse and diamond tools', () => {
  it('drags out a shape, selects it and returns to select', () => {
    const t = new TestEditor();
    t.press('r');
    expect(t.path).toBe('rect.idle');
    t.pointerDown(10, 20);
    expect(t.path).toBe('rect.pointing');
    t.pointerMove(60, 70);
    expect(t.path).toBe('rect.sizing');
    t.pointerMove(110, 220).pointerUp();
    expect(t.path).toBe('select.idle');
    const rect = t.lastShape();
    expect(rect.type).toBe('rect');
    expect(rect.geom).toMatchObject({ x: 10, y: 20, width: 100, height: 200 });
    expect(t.editor.selectedIds).toEqual([rect.id]);
  });

  it('dragging up-left still makes a positive box; shift makes it square', () => {
    const t = new TestEditor();
    t.press('o').drag([200, 200], [100, 150], { shiftKey: true });
    expect(t.lastShape().type).toBe('ellipse');
    expect(t.lastShape().geom).toMatchObject({ x: 100, y: 100, width: 100, height: 100 });
  });

  it('a click drops a default-sized diamond centred on the click', () => {
    const t = new TestEditor();
    t.press('d').click(300, 300);
    const diamond = t.lastShape();
    expect(diamond.type).toBe('diamond');
    expect(diamond.geom.x + diamond.geom.width / 2).toBe(300);
  });

  it('creating and sizing is one undo step; redo brings it back', () => {
    const t = new TestEditor();
    t.press('r').drag([0, 0], [50, 50]);
    t.press('z', { ctrlKey: true });
    expect(t.shapes()).toHaveLength(0);
    t.press('z', { ctrlKey: true, shiftKey: true });
    expect(t.shapes()).toHaveLength(1);
    expect(t.lastShape().geom).toMatchObject({ width: 50, height: 50 });
  });

  it('Escape while sizing removes the half-drawn shape', () => {
    const t = new TestEditor();
    t.press('r').pointerDown(0, 0).pointerMove(40, 40);
    t.keyDown('Escape');
    expect(t.shapes()).toHaveLength(0);
    expect(t.path).toBe('rect.idle');
  });
});
