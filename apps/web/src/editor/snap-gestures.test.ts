import { createShape, ShapeType, type Shape } from '@sketchroom/board-model';
import { describe, expect, it, vi } from 'vitest';
import { TestEditor } from '../tools/test-editor.ts';

const DIGITS = '123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
let made = 0;
function rect(x: number, y: number, width = 100, height = 60): Shape {
  const index = `a${DIGITS[made++ % DIGITS.length]}`;
  return createShape({ type: ShapeType.rect, index, geom: { x, y, width, height } });
}

/** A board with a target rectangle at (400, 100) and a loose one at (100, 300). */
function setup() {
  const t = new TestEditor();
  const target = rect(400, 100);
  const loose = rect(100, 300, 80, 40);
  t.board.createShapes([target, loose]);
  return { t, target, loose, geomOf: (s: Shape) => t.board.getShape(s.id)?.geom };
}

describe('snapping while dragging', () => {
  it('lands a dragged edge exactly on a nearby shape edge, with a guide while dragging', async () => {
    const { t, loose, geomOf } = setup();
    // Grab at (120, 320), move by (303, 0): left edge at 403, 3 px from the target's 400.
    t.pointerDown(120, 320).pointerMove(300, 320).pointerMove(423, 320);
    // Moves are written once per microtask.
    await t.flush();
    expect(t.path).toBe('select.translating');
    expect(t.editor.state.snapGuides).toEqual([{ axis: 'x', at: 400, from: 100, to: 340 }]);
    expect(geomOf(loose)).toMatchObject({ x: 400, y: 300 });
    t.pointerUp();
    expect(geomOf(loose)).toMatchObject({ x: 400, y: 300 });
    expect(t.editor.state.snapGuides).toEqual([]);
  });

  it('snaps centres to centres', () => {
    const { t, loose, geomOf } = setup();
    // Loose centre y = 320; target centre y = 130. Move up by 186: centre at 134.
    t.pointerDown(120, 320).pointerMove(120, 200).pointerMove(120, 134).pointerUp();
    expect(geomOf(loose)?.y).toBe(110);
  });

  it('does not snap beyond the threshold, which is 8 screen px at any zoom', () => {
    const { t, loose, geomOf } = setup();
    // Left edge 9 from the target's 400 (its centre and right edge are further): stays.
    t.pointerDown(120, 320).pointerMove(300, 320).pointerMove(411, 320).pointerUp();
    expect(geomOf(loose)?.x).toBe(391);
    // At 8 it snaps; zoomed in 2×, 8 screen px are 4 page units.
    t.pointerDown(420, 320).pointerMove(480, 320).pointerMove(421, 320).pointerUp();
    expect(geomOf(loose)?.x).toBe(400);
    t.editor.setCamera({ x: 0, y: 0, zoom: 2 });
    // On screen the shape is at 800..960; drag it to page x 395, then 396.
    t.pointerDown(820, 640).pointerMove(700, 640).pointerMove(810, 640).pointerUp();
    expect(geomOf(loose)?.x).toBe(395);
    t.pointerDown(800, 640).pointerMove(700, 640).pointerMove(802, 640).pointerUp();
    expect(geomOf(loose)?.x).toBe(400);
  });

  it('holding Alt suspends snapping, and pressing it mid-drag lets go of the snap', async () => {
    const { t, loose, geomOf } = setup();
    t.pointerDown(120, 320).pointerMove(300, 320).pointerMove(423, 320);
    await t.flush();
    expect(geomOf(loose)?.x).toBe(400);
    t.keyDown('Alt', { altKey: true });
    expect(geomOf(loose)?.x).toBe(403);
    expect(t.editor.state.snapGuides).toEqual([]);
    t.pointerMove(424, 320, { altKey: true }).pointerUp(424, 320, { altKey: true });
    expect(geomOf(loose)?.x).toBe(404);
  });

  it('toggle-snapping turns snapping to shapes off', () => {
    const { t, loose, geomOf } = setup();
    t.press('s', { altKey: true, code: 'KeyS' });
    expect(t.editor.state.objectSnap).toBe(false);
    t.pointerDown(120, 320).pointerMove(300, 320).pointerMove(423, 320).pointerUp();
    expect(geomOf(loose)?.x).toBe(403);
  });

  it('with the grid on, the moved selection’s top-left lands on the grid', () => {
    const { t, loose, geomOf } = setup();
    t.editor.session.update({ objectSnap: false });
    t.press("'", { ctrlKey: true, code: 'Quote' });
    expect(t.editor.state.gridOn).toBe(true);
    t.pointerDown(120, 320).pointerMove(200, 350).pointerMove(237, 353).pointerUp();
    // 100 + 117 = 217 → 220; 300 + 33 = 333 → 340.
    expect(geomOf(loose)).toMatchObject({ x: 220, y: 340 });
    t.editor.snapping.setGridSize(80);
    t.editor.snapping.setGridSize(33);
    expect(t.editor.state.gridSize).toBe(80);
    t.pointerDown(230, 350).pointerMove(260, 380).pointerMove(290, 390).pointerUp();
    expect(geomOf(loose)).toMatchObject({ x: 320, y: 400 });
  });

  it('with the grid on, a new rectangle’s corners land on it (not with Alt)', () => {
    const t = new TestEditor();
    t.editor.session.update({ gridOn: true, gridSize: 20 });
    t.press('r').drag([103, 58], [251, 177]);
    expect(t.lastShape().geom).toMatchObject({ x: 100, y: 60, width: 160, height: 120 });
    // A click centres the default 160×100 box on (511, 509): its corner 431, 459 → 440, 460.
    t.press('r').click(511, 509);
    expect(t.lastShape().geom).toMatchObject({ x: 440, y: 460, width: 160, height: 100 });
    t.press('r').drag([103, 58], [251, 177], { altKey: true });
    expect(t.lastShape().geom).toMatchObject({ x: -45, y: -61, width: 296, height: 238 });
  });

  it('only looks at shapes in the bands through the moving box', () => {
    const { t, target } = setup();
    t.board.createShapes([rect(700, 600), rect(-3000, 120)]);
    const reach = 8;
    const moving = { x: 100, y: 100, width: 50, height: 50 };
    // In the view: the target (in the horizontal band), the loose shape (vertical band);
    // the shape at (700, 600) is in neither; the one at x −3000 is out of view.
    const found = t.editor.snapping.targets(moving, new Set(), reach);
    expect(found).toHaveLength(2);
    expect(found).toContainEqual({ x: 400, y: 100, width: 100, height: 60 });
    const without = t.editor.snapping.targets(moving, new Set([target.id]), reach);
    expect(without).toEqual([{ x: 100, y: 300, width: 80, height: 40 }]);
  });
});

describe('snapping on a big board', () => {
  it('asks the spatial index for the bands, never walks all 10,000 shapes', async () => {
    const t = new TestEditor();
    const shapes: Shape[] = [];
    for (let i = 0; i < 10_000; i++) {
      const geom = { x: (i % 100) * 50, y: Math.floor(i / 100) * 50, width: 30, height: 30 };
      shapes.push(createShape({ type: ShapeType.rect, index: `a1${i + 10_000}1`, geom }));
    }
    t.board.createShapes(shapes);
    const all = vi.spyOn(t.editor.index, 'all');
    const search = vi.spyOn(t.editor.index, 'search');
    // Drag the shape at (200, 200) around for a while.
    t.pointerDown(210, 210);
    for (let step = 1; step <= 50; step++) {
      t.pointerMove(210 + step * 3, 210 + step * 2);
      await t.flush();
    }
    t.pointerUp();
    expect(all).not.toHaveBeenCalled();
    const looked = search.mock.results.reduce(
      (sum, result) => sum + (result.value as Shape[]).length,
      0,
    );
    // Two bands per move, each some 20 columns or 16 rows of the view: a few dozen shapes.
    expect(search.mock.calls.length).toBeGreaterThanOrEqual(100);
    expect(looked / search.mock.calls.length).toBeLessThan(80);
  });
});

describe('snapping while resizing', () => {
  it('pulls the dragged edge of the handles box onto a nearby edge, in screen pixels', () => {
    const { t, loose } = setup();
    t.editor.setSelection([loose.id]);
    t.editor.setCamera({ x: 0, y: 0, zoom: 2 });
    // Page box 100..398 (at zoom 2: 200..796 on screen): right edge 2 from 400, within 8 / 2.
    const box = { x: 200, y: 600, width: 596, height: 80, rotation: 0 };
    const snapped = t.editor.snapping.handlesBox('middle-right', box);
    expect(snapped).toEqual({ ...box, width: 600 });
    expect(t.editor.state.snapGuides).toHaveLength(1);
    // 5 page units away is 10 screen px: too far.
    const far = { ...box, width: 590 };
    expect(t.editor.snapping.handlesBox('middle-right', far)).toEqual(far);
    // Rotated boxes, the rotate handle and Alt are left alone.
    expect(t.editor.snapping.handlesBox('rotater', box)).toBe(box);
    expect(t.editor.snapping.handlesBox('middle-right', box, true)).toBe(box);
    const corner = { ...box, width: 596, height: 80 };
    expect(t.editor.snapping.handlesBox('bottom-right', corner).width).toBe(600);
    t.keyDown('Shift', { shiftKey: true });
    expect(t.editor.snapping.handlesBox('bottom-right', corner)).toBe(corner);
    t.keyUp('Shift');
    const turned = { ...box, rotation: 30 };
    expect(t.editor.snapping.handlesBox('middle-right', turned)).toBe(turned);
    expect(t.editor.state.snapGuides).toEqual([]);
  });
});
