import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor.ts';

describe('pen tool', () => {
  it('records raw points relative to the stroke box and stays on the pen', () => {
    const t = new TestEditor();
    t.press('p').pointerDown(50, 50);
    expect(t.path).toBe('pen.drawing');
    t.pointerMove(60, 55).pointerMove(80, 70).pointerMove(100, 40).pointerUp();
    expect(t.path).toBe('pen.idle');
    const stroke = t.lastShape();
    expect(stroke.type).toBe('draw');
    expect(stroke.geom).toMatchObject({ x: 50, y: 40, width: 50, height: 30 });
    expect(stroke.geom.points).toEqual([0, 10, 10, 15, 30, 30, 50, 0]);
  });

  it('a whole stroke is one undo step', () => {
    const t = new TestEditor();
    t.press('p').pointerDown(0, 0);
    for (let i = 1; i < 30; i++) t.tick(50).pointerMove(i * 5, i * 3);
    t.pointerUp();
    t.press('z', { ctrlKey: true });
    expect(t.shapes()).toHaveLength(0);
  });
});
