import { pagePoints } from '@sketchroom/board-model';
import { BoardDoc } from '@sketchroom/board-yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
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

describe('arrow binding', () => {
  /** Two 100 × 100 rectangles, at (100, 100) and (400, 100). */
  function twoBoxes() {
    const t = new TestEditor();
    t.press('r').drag([100, 100], [200, 200]);
    t.press('r').drag([400, 100], [500, 200]);
    const [a, b] = t.shapes();
    return { t, a, b };
  }

  it('binds both ends of an arrow drawn from one shape to another, ends on their outlines', () => {
    const { t, a, b } = twoBoxes();
    t.press('a').pointerMove(150, 150);
    expect(t.editor.state.bindingHint).toBe(a.id);
    t.pointerDown(150, 150).pointerMove(300, 150);
    expect(t.editor.state.bindingHint).toBeNull();
    t.pointerMove(450, 150);
    expect(t.editor.state.bindingHint).toBe(b.id);
    t.pointerUp();
    expect(t.editor.state.bindingHint).toBeNull();
    const arrow = t.lastShape();
    expect(arrow.binding).toEqual({
      start: { shape: a.id, anchor: { x: 0.5, y: 0.5 } },
      end: { shape: b.id, anchor: { x: 0.5, y: 0.5 } },
    });
    // The stroke width is 2 by default: ends sit 4 + 1 off the sides.
    expect(pagePoints(arrow.geom)).toEqual([
      { x: 205, y: 150 },
      { x: 395, y: 150 },
    ]);
    // Drawing the bound arrow is one undo step.
    t.press('z', { ctrlKey: true });
    expect(t.shapes()).toHaveLength(2);
  });

  it('Alt draws the arrow free; the line tool never binds', () => {
    const { t } = twoBoxes();
    t.press('a').drag([150, 150], [450, 150], { altKey: true });
    expect(t.lastShape().binding).toBeUndefined();
    expect(pagePoints(t.lastShape().geom)[0]).toEqual({ x: 150, y: 150 });
    t.press('l').drag([150, 160], [450, 160]);
    expect(t.lastShape().type).toBe('line');
    expect(t.lastShape().binding).toBeUndefined();
  });

  it('does not bind both ends to the same shape, nor to lines', () => {
    const { t, a } = twoBoxes();
    t.press('l').drag([300, 300], [300, 400]);
    t.press('a').drag([150, 150], [180, 190]);
    expect(t.lastShape().binding).toEqual({ start: { shape: a.id, anchor: { x: 0.5, y: 0.5 } } });
    t.press('a').drag([600, 350], [300, 350]);
    expect(t.lastShape().binding).toBeUndefined();
  });

  it('a bound arrow follows its shape when the select tool moves it, in one undo step', () => {
    const { t, b } = twoBoxes();
    t.press('a').drag([150, 150], [450, 150]);
    const arrow = t.lastShape();
    t.press('Escape');
    t.pointerDown(450, 120).pointerMove(450, 250).pointerMove(450, 320).pointerUp();
    expect(t.board.getShape(b.id)?.geom.y).toBe(300);
    const moved = pagePoints(t.board.getShape(arrow.id)?.geom ?? arrow.geom);
    expect(moved[1].y).toBeGreaterThan(290);
    t.press('z', { ctrlKey: true });
    expect(t.board.getShape(b.id)?.geom.y).toBe(100);
    expect(t.board.getShape(arrow.id)?.geom).toEqual(arrow.geom);
  });
});

describe('arrows left stale by a plain Yjs client', () => {
  /** Moves the second box 200 down the way a client that knows nothing of bindings would. */
  function plainMove(board: BoardDoc, id: string) {
    board.doc.transact(() => {
      const map = board.doc.getMap('shapes').get(id) as Y.Map<unknown>;
      map.set('geom', { ...(map.get('geom') as object), y: 300 });
    }, 'remote');
  }

  function drawBound(readOnly: boolean) {
    const board = new BoardDoc(new Y.Doc());
    const t = new TestEditor(board);
    t.press('r').drag([100, 100], [200, 200]);
    t.press('r').drag([400, 100], [500, 200]);
    t.press('a').drag([150, 150], [450, 150]);
    const [, b, arrow] = t.shapes();
    t.editor.dispose();
    // A fresh editor on the same board: a viewer's, or an editor's.
    return { board, t: new TestEditor(board, readOnly), b, arrow };
  }

  it('are rewritten by an editor, not undoably', () => {
    const { board, t, b, arrow } = drawBound(false);
    plainMove(board, b.id);
    const end = pagePoints(board.getShape(arrow.id)?.geom ?? arrow.geom)[1];
    expect(end.y).toBeGreaterThan(290);
    expect(t.editor.state.canUndo).toBe(false);
  });

  it('are left alone by a viewer, who never writes', () => {
    const { board, b, arrow } = drawBound(true);
    plainMove(board, b.id);
    expect(board.getShape(arrow.id)?.geom).toEqual(arrow.geom);
  });
});
