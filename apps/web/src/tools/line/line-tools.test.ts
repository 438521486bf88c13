import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor.ts';

describe('line and arrow tools', () => {
  it('draws an arrow with its head at the release point', () => {
    const t = new TestEditor();
    t.press('a').pointerDown(200, 100);
    expect(t.path).toBe('arrow.pointing');
    t.pointerMove(150, 120);
    expect(t.path).toBe('arrow.drawing');
    t.pointerMove(100, 200).pointerUp();
    const arrow = t.lastShape();
    expect(arrow.type).toBe('arrow');
    expect(arrow.geom).toMatchObject({ x: 100, y: 100, width: 100, height: 100 });
    // Start (200,100) then end (100,200), relative to the box corner.
    expect(arrow.geom.points).toEqual([100, 0, 0, 100]);
    expect(t.path).toBe('select.idle');
  });

  it('shift snaps the angle to 15° steps', () => {
    const t = new TestEditor();
    t.press('l').drag([0, 0], [100, 4], { shiftKey: true });
    const points = t.lastShape().geom.points ?? [];
    expect(points[3]).toBeCloseTo(points[1]);
  });
});
