import { BoardDoc } from '@sketchroom/board-yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { testShapes } from '../../test/helpers/board-shapes.ts';
import { restoreInto } from './restore.ts';

const RESTORE = Symbol('restore');

describe('restoreInto', () => {
  it('makes the live board equal to the version in one transaction, title included', () => {
    const live = new Y.Doc();
    const board = new BoardDoc(live);
    board.setTitle('Plan');
    const notes = testShapes(10);
    board.createShapes(notes);
    const version = Y.encodeStateAsUpdate(live);
    const expected = board.exportJson();
    board.setTitle('Changed');
    board.deleteShapes(notes.slice(0, 4).map((s) => s.id));
    board.updateShapes([{ id: notes[5]!.id, geom: { x: 999 } }]);
    board.setText(notes[5]!.id, 'rewritten');
    board.createShapes(testShapes(1, 20));
    let transactions = 0;
    live.on('afterTransaction', () => (transactions += 1));
    restoreInto(live, version, RESTORE);
    expect(transactions).toBe(1);
    expect(board.exportJson()).toEqual(expected);
    expect(board.getTitle()).toBe('Plan');
    // Restoring again changes nothing.
    const before = Y.encodeStateVector(live);
    restoreInto(live, version, RESTORE);
    expect(Y.encodeStateVector(live)).toEqual(before);
  });

  it('is an ordinary update: an offline copy that edited another key merges with it', () => {
    const live = new Y.Doc();
    const board = new BoardDoc(live);
    const rect = testShapes(2)[1]!;
    board.createShapes([rect]);
    const version = Y.encodeStateAsUpdate(live);
    board.updateShapes([{ id: rect.id, geom: { x: 50 } }]);
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(live));
    new BoardDoc(offline).updateShapes([{ id: rect.id, style: { stroke: '#123456' } }]);
    restoreInto(live, version, RESTORE);
    Y.applyUpdate(live, Y.encodeStateAsUpdate(offline));
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(live));
    const shape = board.getShape(rect.id)!;
    expect(shape.geom.x).toBe(rect.geom.x);
    expect(shape.style.stroke).toBe('#123456');
    expect(new BoardDoc(offline).exportJson()).toEqual(board.exportJson());
  });
});
