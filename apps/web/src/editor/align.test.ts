import { createShape, shapeBounds, ShapeType, type Shape } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { APP_ACTIONS } from '../actions/registry.ts';
import { TestEditor } from '../tools/test-editor.ts';
import { alignPatches, distributePatches, unitsOf, type Alignment } from './align.ts';

let counter = 0;
function rect(x: number, y: number, width: number, height: number, extra: Partial<Shape> = {}) {
  counter += 1;
  const shape = createShape({
    type: ShapeType.rect,
    // Fractional index keys sort as drawn; they may not end in 0.
    index: `a1${String(counter).padStart(4, '0')}1`,
    geom: { x, y, width, height },
  });
  return { ...shape, ...extra } as Shape;
}

/** Applies patches to plain shapes, as the document would. */
function applied(shapes: readonly Shape[], patches: ReturnType<typeof alignPatches>): Shape[] {
  return shapes.map((shape) => {
    const patch = patches.find((p) => p.id === shape.id);
    return patch ? ({ ...shape, geom: { ...shape.geom, ...patch.geom } } as Shape) : shape;
  });
}

function align(shapes: readonly Shape[], alignment: Alignment): Shape[] {
  return applied(shapes, alignPatches(unitsOf(shapes), alignment));
}

const three = () => [rect(10, 100, 50, 40), rect(200, 20, 100, 30), rect(80, 300, 20, 60)];

describe('align', () => {
  it('lines up left, centre and right edges exactly', () => {
    expect(align(three(), 'left').map((s) => s.geom.x)).toEqual([10, 10, 10]);
    // Selection spans x 10..300: centre 155.
    const centred = align(three(), 'center').map((s) => s.geom.x + s.geom.width / 2);
    expect(centred).toEqual([155, 155, 155]);
    const right = align(three(), 'right').map((s) => s.geom.x + s.geom.width);
    expect(right).toEqual([300, 300, 300]);
  });

  it('lines up top, middle and bottom edges exactly', () => {
    expect(align(three(), 'top').map((s) => s.geom.y)).toEqual([20, 20, 20]);
    // Selection spans y 20..360: middle 190.
    expect(align(three(), 'middle').map((s) => s.geom.y + s.geom.height / 2)).toEqual([
      190, 190, 190,
    ]);
    expect(align(three(), 'bottom').map((s) => s.geom.y + s.geom.height)).toEqual([360, 360, 360]);
  });

  it('leaves the other axis alone and writes nothing for a shape already in place', () => {
    const shapes = three();
    const patches = alignPatches(unitsOf(shapes), 'left');
    expect(patches.map((p) => p.id)).toEqual([shapes[1].id, shapes[2].id]);
    expect(patches.every((p) => p.geom && !('y' in p.geom))).toBe(true);
  });

  it('aligns a rotated shape by its rotated outline', () => {
    // 100×20 turned 90° about its centre (150, 110): its outline is x 140..160.
    const turned = rect(100, 100, 100, 20, {
      geom: { x: 100, y: 100, width: 100, height: 20, rotation: 90 },
    });
    const [moved, other] = align([turned, rect(20, 0, 30, 30)], 'left');
    expect(shapeBounds(moved).x).toBeCloseTo(20, 9);
    expect(moved.geom.rotation).toBe(90);
    expect(other.geom.x).toBe(20);
  });

  it('moves a group as one unit, keeping its members apart', () => {
    const group = ['group:abc'];
    const a = rect(100, 0, 20, 20, { groups: group });
    const b = rect(150, 50, 20, 20, { groups: group });
    const loose = rect(40, 200, 10, 10);
    expect(unitsOf([a, b, loose])).toHaveLength(2);
    const [movedA, movedB, movedLoose] = align([a, b, loose], 'right');
    // The group's right edge (170) is the rightmost: the loose shape moves there, the group stays.
    expect(movedLoose.geom.x).toBe(160);
    expect([movedA.geom.x, movedB.geom.x]).toEqual([100, 150]);
    const [leftA, leftB] = align([a, b, loose], 'left');
    expect([leftA.geom.x, leftB.geom.x]).toEqual([40, 90]);
  });

  it('needs two units: one shape, or one group, is left alone', () => {
    expect(alignPatches(unitsOf([rect(0, 0, 10, 10)]), 'left')).toEqual([]);
    const group = ['group:one'];
    const pair = [rect(0, 0, 10, 10, { groups: group }), rect(50, 9, 10, 10, { groups: group })];
    expect(alignPatches(unitsOf(pair), 'top')).toEqual([]);
  });
});

describe('distribute', () => {
  const gaps = (shapes: readonly Shape[], axis: 'x' | 'y') => {
    const size = axis === 'x' ? 'width' : 'height';
    const sorted = [...shapes].sort((a, b) => a.geom[axis] - b.geom[axis]);
    return sorted
      .slice(1)
      .map((s, i) => s.geom[axis] - (sorted[i].geom[axis] + sorted[i].geom[size]));
  };

  it('makes the gaps equal horizontally, the outer shapes fixed', () => {
    const shapes = [
      rect(0, 0, 40, 10),
      rect(300, 50, 60, 10),
      rect(70, 90, 20, 10),
      rect(100, 0, 40, 10),
    ];
    const result = applied(shapes, distributePatches(unitsOf(shapes), 'x'));
    // Span 0..360, widths 160: three gaps of 200 / 3.
    for (const gap of gaps(result, 'x')) expect(gap).toBeCloseTo(200 / 3, 9);
    expect(result[0].geom.x).toBe(0);
    expect(result[1].geom.x).toBe(300);
    expect(result.map((s) => s.geom.y)).toEqual([0, 50, 90, 0]);
  });

  it('makes the gaps equal vertically, exactly for whole numbers', () => {
    const shapes = [rect(0, 0, 10, 20), rect(0, 25, 10, 30), rect(5, 200, 10, 40)];
    const result = applied(shapes, distributePatches(unitsOf(shapes), 'y'));
    // Span 0..240, heights 90: gaps of 75.
    expect(gaps(result, 'y')).toEqual([75, 75]);
    expect(result[1].geom.y).toBe(95);
  });

  it('treats a group as one unit and needs three units', () => {
    const group = ['group:g'];
    const shapes = [
      rect(0, 0, 10, 10),
      rect(20, 0, 10, 10, { groups: group }),
      rect(40, 30, 10, 10, { groups: group }),
      rect(200, 0, 10, 10),
    ];
    const result = applied(shapes, distributePatches(unitsOf(shapes), 'x'));
    // Units: 0..10, group 20..50, 200..210: gaps (190 − 30) / 2 = 80, so the group starts at 90.
    expect(result.map((s) => s.geom.x)).toEqual([0, 90, 110, 200]);
    expect(distributePatches(unitsOf(shapes.slice(0, 3)), 'x')).toEqual([]);
  });
});

describe('align actions in the editor', () => {
  function board() {
    const t = new TestEditor();
    const shapes = three();
    t.board.createShapes(shapes);
    return { t, ids: shapes.map((s) => s.id) };
  }

  it('are disabled until enough units are selected, and each run is one undo step', () => {
    const { t, ids } = board();
    const alignLeft = APP_ACTIONS.get('align-left');
    const distribute = APP_ACTIONS.get('distribute-horizontally');
    t.editor.setSelection(ids.slice(0, 1));
    expect(APP_ACTIONS.run(t.editor, 'align-left', { source: 'ui', shiftKey: false })).toBe(false);
    t.editor.setSelection(ids.slice(0, 2));
    expect(alignLeft.isEnabled?.(t.editor)).toBe(true);
    expect(distribute.isEnabled?.(t.editor)).toBe(false);
    t.editor.setSelection(ids);
    expect(APP_ACTIONS.run(t.editor, 'align-left', { source: 'ui', shiftKey: false })).toBe(true);
    expect(t.shapes().map((s) => s.geom.x)).toEqual([10, 10, 10]);
    t.press('z', { ctrlKey: true });
    expect(t.shapes().map((s) => s.geom.x)).toEqual([10, 200, 80]);
  });

  it('run from their shortcuts: Ctrl+Shift+arrow aligns, Alt+H distributes', () => {
    const { t, ids } = board();
    t.editor.setSelection(ids);
    t.press('ArrowDown', { ctrlKey: true, shiftKey: true });
    expect(t.shapes().map((s) => s.geom.y + s.geom.height)).toEqual([360, 360, 360]);
    t.press('h', { altKey: true, code: 'KeyH' });
    // x spans 10..300 with widths 170 in all: two gaps of 60.
    expect(
      t
        .shapes()
        .map((s) => s.geom.x)
        .sort((a, b) => a - b),
    ).toEqual([10, 120, 200]);
  });

  it('move a selected group as one, and inside an entered group align its members', () => {
    const t = new TestEditor();
    const group = ['group:outer'];
    const shapes = [
      rect(100, 0, 20, 20, { groups: group }),
      rect(150, 50, 20, 20, { groups: group }),
      rect(130, 90, 20, 20, { groups: group }),
      rect(40, 200, 10, 10),
    ];
    t.board.createShapes(shapes);
    const ids = shapes.map((s) => s.id);
    t.editor.setSelection(ids);
    APP_ACTIONS.run(t.editor, 'align-left', { source: 'ui', shiftKey: false });
    expect(t.shapes().map((s) => s.geom.x)).toEqual([40, 90, 70, 40]);
    // Entered, with two of its three members selected: they are the units now.
    t.editor.setFocusedGroup('group:outer');
    t.editor.setSelection(ids.slice(0, 2));
    expect(APP_ACTIONS.get('align-top').isEnabled?.(t.editor)).toBe(true);
    APP_ACTIONS.run(t.editor, 'align-top', { source: 'ui', shiftKey: false });
    expect(t.shapes().map((s) => s.geom.y)).toEqual([0, 0, 90, 200]);
  });

  it('are refused on a read-only board', () => {
    const t = new TestEditor(undefined, true);
    t.board.createShapes(three());
    t.editor.setSelection(t.shapes().map((s) => s.id));
    expect(APP_ACTIONS.run(t.editor, 'align-top', { source: 'ui', shiftKey: false })).toBe(false);
  });
});
