import { createShape, type Shape } from '@sketchroom/board-model';
import { BoardDoc } from '@sketchroom/board-yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { repairTextFit } from './fit-repair.ts';

const LONG = 'A long line of words that needs many lines in a narrow box to be shown whole';

/** A second board writes `shapes`, as a plain client would; the first receives them. */
function receive(shapes: Shape[]) {
  const here = new BoardDoc(new Y.Doc());
  here.observe((changes) => repairTextFit(here, changes));
  const there = new BoardDoc(new Y.Doc());
  there.createShapes(shapes);
  Y.applyUpdate(here.doc, Y.encodeStateAsUpdate(there.doc), 'remote');
  return here;
}

describe('repairTextFit', () => {
  it('grows notes, labelled shapes and text boxes whose text arrived without room', () => {
    const kinds = [
      createShape({ type: 'note', index: 'a0', geom: { width: 200, height: 40 }, text: LONG }),
      {
        ...createShape({ type: 'rect', index: 'a1', geom: { width: 120, height: 30 } }),
        text: LONG,
      },
      createShape({ type: 'text', index: 'a2', geom: { width: 10, height: 10 }, text: LONG }),
    ];
    const board = receive(kinds);
    for (const shape of kinds) {
      const grown = board.getShape(shape.id)!;
      expect(grown.geom.height).toBeGreaterThan(shape.geom.height);
      expect(grown.geom.width).toBeGreaterThanOrEqual(shape.geom.width);
    }
  });

  it('leaves shapes that already fit alone', () => {
    const roomy = createShape({
      type: 'note',
      index: 'a0',
      geom: { width: 400, height: 900 },
      text: 'short',
    });
    const board = receive([roomy]);
    expect(board.getShape(roomy.id)!.geom).toEqual(roomy.geom);
  });

  it('leaves hand-written text to be measured once its font is ready', () => {
    const hand = createShape({
      type: 'note',
      index: 'a0',
      geom: { width: 200, height: 40 },
      style: { fontFamily: 'hand' },
      text: LONG,
    });
    expect(receive([hand]).getShape(hand.id)!.geom.height).toBe(40);
  });
});
