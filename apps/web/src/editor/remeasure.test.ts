import type { Geom } from '@sketchroom/board-model';
import {
  estimateWidth,
  FONT_FAMILY,
  labelFitHeight,
  noteHeightFor,
  textShapeSize,
} from '@sketchroom/board-render';
import { describe, expect, it } from 'vitest';
import { TestEditor } from '../tools/test-editor.ts';
import { writeText } from './remeasure.ts';
import { fittedGeom, grownGeom } from './text-fit.ts';
import { applyStyle } from './style-ops.ts';

const LONG = 'a label long enough to wrap over many lines of its shape '.repeat(4).trim();

/** The page position of a box's top-left corner after its rotation about the centre. */
function shownTopLeft(geom: Geom) {
  const angle = (geom.rotation * Math.PI) / 180;
  const [dx, dy] = [-geom.width / 2, -geom.height / 2];
  return {
    x: geom.x + geom.width / 2 + dx * Math.cos(angle) - dy * Math.sin(angle),
    y: geom.y + geom.height / 2 + dx * Math.sin(angle) + dy * Math.cos(angle),
  };
}

describe('growing a shape to fit', () => {
  it('keeps the top-left corner where it shows, turned or not', () => {
    for (const rotation of [0, 30, 90, -135]) {
      const geom = { x: 10, y: 20, width: 100, height: 40, rotation };
      const grown = { ...geom, ...grownGeom(geom, 100) };
      expect(grown.height).toBe(100);
      expect(shownTopLeft(grown).x).toBeCloseTo(shownTopLeft(geom).x);
      expect(shownTopLeft(grown).y).toBeCloseTo(shownTopLeft(geom).y);
    }
  });
});

describe('re-measuring on a font change', () => {
  it('gives a text its measured width and height for a new font size, in the same undo step', () => {
    const t = new TestEditor();
    const id = t.editor.createShape('text', { x: 0, y: 0, width: 10, height: 10 }, 'Styled text');
    if (!id) throw new Error('not created');
    t.editor.setSelection([id]);
    applyStyle(t.editor, { fontSize: 48 });
    const shape = t.editor.getShape(id)!;
    const expected = textShapeSize('Styled text', { size: 48, family: FONT_FAMILY }, estimateWidth);
    expect(shape.style.fontSize).toBe(48);
    expect(shape.geom.width).toBe(expected.width);
    expect(shape.geom.height).toBe(expected.height);
    // The measured box holds the whole text at its new size: nothing is clipped.
    expect(shape.geom.width).toBeGreaterThanOrEqual(estimateWidth('Styled text', 48));
    t.editor.undo();
    expect(t.editor.getShape(id)).toMatchObject({ geom: { width: 10 }, style: { fontSize: 20 } });
  });

  it('grows a note and a labelled shape for a bigger font, and leaves a line alone', () => {
    const t = new TestEditor();
    const note = t.editor.createShape('note', { x: 0, y: 0, width: 200, height: 200 }, LONG)!;
    const rect = t.editor.createShape('rect', { x: 300, y: 0, width: 200, height: 60 })!;
    t.editor.setShapeText(rect, LONG);
    const line = t.editor.createShape('line', {
      x: 0,
      y: 400,
      width: 50,
      height: 0,
      points: [0, 0, 50, 0],
    })!;
    t.editor.setSelection([note, rect, line]);
    applyStyle(t.editor, { fontSize: 36 });
    const grownNote = t.editor.getShape(note)!;
    const grownRect = t.editor.getShape(rect)!;
    expect(grownNote.geom.height).toBe(noteHeightFor(LONG, 200, grownNote.style, estimateWidth));
    expect(grownRect.style.fontSize).toBe(36);
    expect(grownRect.geom.height).toBeGreaterThan(60);
    expect(labelFitHeight(grownRect, LONG, estimateWidth)).toBeNull();
    expect(t.editor.getShape(line)?.style.fontSize).toBeUndefined();
  });
});

describe('typing grows the shape', () => {
  it('a long note grows taller as it is typed, in the typing’s undo step', () => {
    const t = new TestEditor();
    const id = t.editor.createShape('note', { x: 0, y: 0, width: 200, height: 120 }, '')!;
    t.editor.editShape(id);
    writeText(t.editor, id, LONG);
    const shape = t.editor.getShape(id)!;
    expect(shape.text).toBe(LONG);
    expect(shape.geom.height).toBe(noteHeightFor(LONG, 200, shape.style, estimateWidth));
    expect(shape.geom.height).toBeGreaterThan(120);
    // Deleting text again never shrinks it: a size someone chose stays.
    writeText(t.editor, id, 'short');
    expect(t.editor.getShape(id)?.geom.height).toBe(shape.geom.height);
    t.editor.stopEditing();
    t.editor.undo();
    expect(t.editor.getShape(id)).toMatchObject({ text: '', geom: { height: 120 } });
  });

  it('a label grows its rectangle, ellipse and diamond; an arrow stays as it is', () => {
    const t = new TestEditor();
    for (const type of ['rect', 'ellipse', 'diamond'] as const) {
      const id = t.editor.createShape(type, { x: 0, y: 0, width: 200, height: 60 })!;
      writeText(t.editor, id, LONG);
      const shape = t.editor.getShape(id)!;
      expect(shape.text).toBe(LONG);
      expect(shape.geom.height).toBeGreaterThan(60);
      expect(fittedGeom(shape, LONG)).toBeNull();
    }
    const arrow = t.editor.createShape('arrow', {
      x: 0,
      y: 0,
      width: 100,
      height: 0,
      points: [0, 0, 100, 0],
    })!;
    writeText(t.editor, arrow, LONG);
    expect(t.editor.getShape(arrow)).toMatchObject({ text: LONG, geom: { height: 0 } });
  });
});

describe('opening a label for typing', () => {
  it('double-click on a rectangle and Enter on a selected ellipse open the editor', () => {
    const t = new TestEditor();
    const rect = t.editor.createShape('rect', { x: 0, y: 0, width: 100, height: 60 })!;
    const ellipse = t.editor.createShape('ellipse', { x: 300, y: 0, width: 100, height: 60 })!;
    t.doubleClick(50, 30);
    expect(t.editor.editingId).toBe(rect);
    expect(t.path).toBe('select.editing_text');
    t.editor.stopEditing();
    t.click(350, 30);
    expect(t.editor.selectedIds).toEqual([ellipse]);
    t.press('Enter');
    expect(t.editor.editingId).toBe(ellipse);
  });

  it('Enter does nothing for two shapes, nor for a viewer', () => {
    const t = new TestEditor();
    const a = t.editor.createShape('rect', { x: 0, y: 0, width: 100, height: 60 })!;
    const b = t.editor.createShape('rect', { x: 300, y: 0, width: 100, height: 60 })!;
    t.editor.setSelection([a, b]);
    t.press('Enter');
    expect(t.editor.editingId).toBeNull();
    const viewer = new TestEditor(t.board, true);
    viewer.editor.setSelection([a]);
    viewer.press('Enter');
    expect(viewer.editor.editingId).toBeNull();
  });
});

describe('resizing a labelled shape', () => {
  it('a rectangle squeezed below its label grows back when the handles are let go, in one step', () => {
    const t = new TestEditor();
    const id = t.editor.createShape('rect', { x: 0, y: 0, width: 300, height: 200 })!;
    t.editor.setShapeText(id, LONG);
    t.editor.setSelection([id]);
    t.editor.grabHandles();
    expect(t.path).toBe('select.transforming');
    // What the handles write while dragging: narrower and flatter than the label needs.
    t.editor.updateShapes([{ id, geom: { width: 120, height: 40 } }]);
    t.editor.releaseHandles();
    const shape = t.editor.getShape(id)!;
    expect(shape.geom.width).toBe(120);
    expect(shape.geom.height).toBeGreaterThan(40);
    expect(fittedGeom(shape, LONG)).toBeNull();
    t.editor.undo();
    expect(t.editor.getShape(id)?.geom).toMatchObject({ width: 300, height: 200 });
  });
});
