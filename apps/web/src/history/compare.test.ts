import { createShape, type Shape } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { compareShapes } from './compare.ts';

const rect = createShape({
  type: 'rect',
  index: 'a0',
  geom: { x: 0, y: 0, width: 10, height: 10 },
});
const note = createShape({ type: 'note', index: 'a1', text: 'hi' });
const arrow = createShape({ type: 'arrow', index: 'a2' });

describe('comparing a version with now', () => {
  it('finds nothing between equal boards, whatever the key order', () => {
    const reordered = {
      ...Object.fromEntries(Object.entries(rect).reverse()),
      geom: Object.fromEntries(Object.entries(rect.geom).reverse()),
    } as Shape;
    expect(compareShapes([rect, note], [reordered, note])).toEqual({
      added: [],
      removed: [],
      changed: [],
    });
  });

  it('sorts shapes into added, removed and changed', () => {
    const moved = { ...rect, geom: { ...rect.geom, x: 40 } };
    const recoloured = { ...note, style: { ...note.style, stroke: '#e03131' } };
    expect(compareShapes([rect, note], [moved, arrow])).toEqual({
      added: [arrow.id],
      removed: [note.id],
      changed: [rect.id],
    });
    expect(compareShapes([note], [recoloured]).changed).toEqual([note.id]);
  });

  it('counts text edits but not a new stacking order', () => {
    expect(compareShapes([note], [{ ...note, text: 'bye' }]).changed).toEqual([note.id]);
    expect(compareShapes([rect], [{ ...rect, index: 'z9' }]).changed).toEqual([]);
  });

  it('sees everything removed when the board was emptied', () => {
    expect(compareShapes([rect, note, arrow], []).removed).toHaveLength(3);
    expect(compareShapes([], [rect]).added).toEqual([rect.id]);
  });
});
