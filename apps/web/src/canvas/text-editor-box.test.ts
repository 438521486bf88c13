import { createShape, type Shape, type ShapeType } from '@sketchroom/board-model';
import {
  estimateWidth,
  labelLayout,
  LINE_HEIGHT,
  NOTE_PADDING,
  noteHeightFor,
} from '@sketchroom/board-render';
import { describe, expect, it } from 'vitest';
import { textEditorBox } from './text-editor-box.ts';

const geom = { x: 10, y: 20, width: 200, height: 100, rotation: 0 };
const style = { stroke: '#1e1e1e', fill: 'transparent', strokeWidth: 2, opacity: 1, fontSize: 10 };

function shape(type: ShapeType, text: string, points?: number[]): Shape {
  const made = createShape({ type, index: 'a0', geom: { ...geom, points }, style });
  return { ...made, text };
}

describe('the in-place editor’s box', () => {
  it('sits on a label where the canvas draws it: wrapped and centred in the shape', () => {
    const rect = shape('rect', 'one two three');
    const box = textEditorBox(rect, 'one two three', estimateWidth);
    const layout = labelLayout(rect, 'one two three', estimateWidth);
    expect(box).toMatchObject({ align: 'center', wrap: true, padding: 0, knockout: false });
    expect(box.width).toBe(layout.wrapWidth);
    expect(box.x + box.width / 2).toBe(100);
    expect(box.y + box.height / 2).toBe(50);
    expect(box.height).toBe(layout.height);
  });

  it('keeps one line of room for an empty label, and a patch of canvas under an arrow’s', () => {
    const empty = textEditorBox(shape('ellipse', ''), '', estimateWidth);
    expect(empty.height).toBe(10 * LINE_HEIGHT);
    const arrow = textEditorBox(shape('arrow', 'yes', [0, 0, 200, 0]), 'yes', estimateWidth);
    expect(arrow.knockout).toBe(true);
    expect(arrow.x + arrow.width / 2).toBe(100);
    expect(arrow.y + arrow.height / 2).toBe(0);
  });

  it('covers a note with its padding, taller as soon as the text needs it', () => {
    const long = 'word '.repeat(60).trim();
    const note = shape('note', long);
    const box = textEditorBox(note, long, estimateWidth);
    expect(box).toMatchObject({ x: 0, y: 0, width: 200, padding: NOTE_PADDING, wrap: true });
    expect(box.height).toBe(noteHeightFor(long, 200, note.style, estimateWidth));
    expect(box.height).toBeGreaterThan(100);
  });

  it('lets a text box run on unwrapped, with room to type', () => {
    const box = textEditorBox(shape('text', 'hi'), 'hi', estimateWidth);
    expect(box).toMatchObject({ x: 0, y: 0, align: 'left', wrap: false, height: 100 });
    expect(box.width).toBeGreaterThan(200);
  });
});
