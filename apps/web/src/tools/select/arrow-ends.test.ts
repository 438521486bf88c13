import { pagePoints } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { TestEditor } from '../test-editor.ts';

/** A rectangle at (100, 100)–(200, 200), an ellipse at (400, 100)–(500, 200), a free arrow below. */
function setup() {
  const t = new TestEditor();
  t.press('r').drag([100, 100], [200, 200]);
  t.press('o').drag([400, 100], [500, 200]);
  t.press('a').drag([150, 400], [450, 400]);
  const [rect, ellipse, arrow] = t.shapes();
  return { t, rect, ellipse, arrow };
}

describe('arrow end handles', () => {
  it('drag an end onto a shape to bind it, one undo step', () => {
    const { t, rect, ellipse, arrow } = setup();
    expect(t.editor.selectedIds).toEqual([arrow.id]);
    t.pointerDown(450, 400);
    expect(t.path).toBe('select.dragging_arrow_end');
    t.pointerMove(450, 300).pointerMove(455, 160);
    expect(t.editor.state.bindingHint).toBe(ellipse.id);
    t.pointerUp();
    expect(t.path).toBe('select.idle');
    expect(t.editor.state.bindingHint).toBeNull();
    expect(t.board.getShape(arrow.id)?.binding).toEqual({
      end: { shape: ellipse.id, anchor: { x: 0.5, y: 0.5 } },
    });
    // Aimed at the ellipse's centre from (150, 400): the end sits just outside its outline.
    const [start, end] = pagePoints(t.board.getShape(arrow.id)?.geom ?? arrow.geom);
    expect(start).toEqual({ x: 150, y: 400 });
    const radial = Math.hypot((end.x - 450) / 50, (end.y - 150) / 50);
    expect(radial).toBeGreaterThan(1);
    expect(radial).toBeLessThan(1.2);
    expect(end.x).toBeLessThan(450);
    // The start end onto the rectangle, then undo takes back only that drag.
    t.pointerDown(150, 400).pointerMove(150, 300).pointerMove(150, 150).pointerUp();
    expect(t.board.getShape(arrow.id)?.binding?.start?.shape).toBe(rect.id);
    t.press('z', { ctrlKey: true });
    expect(t.board.getShape(arrow.id)?.binding).toEqual({
      end: { shape: ellipse.id, anchor: { x: 0.5, y: 0.5 } },
    });
  });

  it('dragging a bound end off into empty space unbinds it; Escape puts it back', () => {
    const { t, ellipse, arrow } = setup();
    t.pointerDown(450, 400).pointerMove(450, 300).pointerMove(450, 150).pointerUp();
    const bound = t.board.getShape(arrow.id);
    const boundEnd = pagePoints(bound?.geom ?? arrow.geom)[1];
    t.pointerDown(boundEnd.x, boundEnd.y).pointerMove(600, 300);
    expect(t.board.getShape(arrow.id)?.binding).toBeUndefined();
    t.keyDown('Escape');
    expect(t.board.getShape(arrow.id)?.binding?.end?.shape).toBe(ellipse.id);
    expect(t.board.getShape(arrow.id)?.geom).toEqual(bound?.geom);
    t.pointerDown(boundEnd.x, boundEnd.y).pointerMove(600, 300).pointerMove(700, 350).pointerUp();
    expect(t.board.getShape(arrow.id)?.binding).toBeUndefined();
    expect(pagePoints(t.board.getShape(arrow.id)?.geom ?? arrow.geom)[1]).toEqual({
      x: 700,
      y: 350,
    });
  });

  it('moving the arrow on its own lets go of its shapes', () => {
    const { t, rect, ellipse } = setup();
    t.press('a').drag([150, 150], [450, 150]);
    const arrow = t.lastShape();
    expect(arrow.binding?.start?.shape).toBe(rect.id);
    expect(arrow.binding?.end?.shape).toBe(ellipse.id);
    // Grab the arrow in its middle (not an end handle) and move it down.
    t.pointerDown(300, 150).pointerMove(300, 200).pointerMove(300, 250);
    expect(t.board.getShape(arrow.id)?.binding).toBeUndefined();
    // Escape puts it back, bound as before.
    t.keyDown('Escape');
    expect(t.board.getShape(arrow.id)).toEqual(arrow);
    t.pointerDown(300, 150).pointerMove(300, 200).pointerMove(300, 250).pointerUp();
    expect(t.board.getShape(arrow.id)?.binding).toBeUndefined();
  });
});
