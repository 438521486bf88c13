import { BoardDoc } from '@sketchroom/board-yjs';
import type * as Y from 'yjs';

type Shapes = Parameters<BoardDoc['createShapes']>[0];

/** Fractional index keys in order: "a0" then a fraction that never ends in "0". */
const indexOf = (i: number) => `a0${String(i).padStart(5, '0')}V`;

/** `count` plain records of the board schema, from `from` on; notes carry text. */
export function testShapes(count: number, from = 0, prefix = 't'): Shapes {
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    const note = i % 5 === 0;
    return {
      id: `shape:${prefix}${i}`,
      type: note ? 'note' : 'rect',
      index: indexOf(i),
      geom: { x: (i % 25) * 40, y: Math.floor(i / 25) * 40, width: 30, height: 30, rotation: 0 },
      style: { stroke: '#1e1e1e', fill: 'none', strokeWidth: 2, opacity: 1 },
      ...(note && { text: `note ${i}` }),
    };
  }) as unknown as Shapes;
}

/** Writes `count` shapes onto a doc through BoardDoc, as the app would. */
export function drawShapes(doc: Y.Doc, count: number, from = 0): BoardDoc {
  const board = new BoardDoc(doc);
  board.createShapes(testShapes(count, from));
  return board;
}
