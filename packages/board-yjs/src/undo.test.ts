import { createShape } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc, type ShapeChanges } from './board-doc.ts';
import { Origin } from './origin.ts';
import { syncDocs } from './testing.ts';
import { createUndoManager } from './undo.ts';

function rect(index: string, x = 0) {
  return createShape({ type: 'rect', index, geom: { x, width: 10, height: 10 } });
}

describe('createUndoManager', () => {
  it("undoes this user's drawing and never a peer's", () => {
    const a = new BoardDoc(new Y.Doc());
    const b = new BoardDoc(new Y.Doc());
    const undoA = createUndoManager(a);
    const mine = rect('a0');
    const theirs = rect('a1');
    a.createShapes([mine]);
    syncDocs(a.doc, b.doc);
    b.createShapes([theirs]);
    syncDocs(a.doc, b.doc);

    undoA.undo();
    syncDocs(a.doc, b.doc);
    for (const board of [a, b]) {
      expect(board.getShape(mine.id)).toBeUndefined();
      expect(board.getShape(theirs.id)).toEqual(theirs);
    }
    expect(undoA.canUndo()).toBe(false);
  });

  it("reverts only the user's own part of an edit both touched", () => {
    const a = new BoardDoc(new Y.Doc());
    const b = new BoardDoc(new Y.Doc());
    const shape = rect('a0');
    a.createShapes([shape], 'load');
    syncDocs(a.doc, b.doc);
    const undoA = createUndoManager(a);
    a.updateShapes([{ id: shape.id, geom: { x: 100 } }]);
    b.updateShapes([{ id: shape.id, style: { stroke: '#e03131' } }]);
    syncDocs(a.doc, b.doc);

    undoA.undo();
    syncDocs(a.doc, b.doc);
    expect(b.getShape(shape.id)?.geom.x).toBe(0);
    expect(b.getShape(shape.id)?.style.stroke).toBe('#e03131');
  });

  it('makes one drag of many updates a single step, and stopCapturing starts a new one', () => {
    const board = new BoardDoc(new Y.Doc());
    const undo = createUndoManager(board);
    const shape = rect('a0');
    board.createShapes([shape]);
    undo.stopCapturing();
    for (let x = 1; x <= 30; x++) board.updateShapes([{ id: shape.id, geom: { x, y: x / 2 } }]);
    undo.stopCapturing();
    board.updateShapes([{ id: shape.id, style: { opacity: 0.5 } }]);

    undo.undo(); // the opacity change
    expect(board.getShape(shape.id)?.geom).toMatchObject({ x: 30, y: 15 });
    undo.undo(); // the whole drag
    expect(board.getShape(shape.id)?.geom).toMatchObject({ x: 0, y: 0 });
    undo.undo(); // the creation
    expect(board.getShape(shape.id)).toBeUndefined();
    expect(undo.canUndo()).toBe(false);
  });

  it('keeps at most `capacity` steps, dropping the oldest', () => {
    const board = new BoardDoc(new Y.Doc());
    const undo = createUndoManager(board, { capacity: 5 });
    const shape = rect('a0');
    board.createShapes([shape], 'load');
    for (let step = 1; step <= 10; step++) {
      board.updateShapes([{ id: shape.id, geom: { x: step } }]);
      undo.stopCapturing();
    }
    let undone = 0;
    while (undo.canUndo()) {
      undo.undo();
      undone++;
    }
    expect(undone).toBe(5);
    expect(board.getShape(shape.id)?.geom.x).toBe(5);
  });

  it('never undoes imports, loads or remote changes', () => {
    const board = new BoardDoc(new Y.Doc());
    const undo = createUndoManager(board);
    board.importJson({ shapes: [rect('a0')] });
    board.createShapes([rect('a1')], 'load');
    const peer = new BoardDoc(new Y.Doc());
    peer.createShapes([rect('a2')]);
    Y.applyUpdate(board.doc, Y.encodeStateAsUpdate(peer.doc), Origin.remote);
    expect(board.allShapes()).toHaveLength(3);
    expect(undo.canUndo()).toBe(false);
  });

  it('redoes, undoes the title, and reports undo as its own origin', () => {
    const board = new BoardDoc(new Y.Doc());
    const undo = createUndoManager(board);
    const changes: ShapeChanges[] = [];
    board.observe((c) => changes.push(c));
    const shape = rect('a0');
    board.createShapes([shape]);
    undo.stopCapturing();
    board.setTitle('Plans');
    undo.undo();
    expect(board.getTitle()).toBe('');
    expect(board.getSchemaVersion()).toBe(2); // written outside undo's reach
    undo.undo();
    expect(board.getShape(shape.id)).toBeUndefined();
    expect(undo.canRedo()).toBe(true);
    undo.redo();
    expect(board.getShape(shape.id)).toEqual(shape);
    expect(changes.map((c) => [c.origin, c.local])).toEqual([
      ['local', true],
      ['undo', true],
      ['undo', true],
    ]);
  });

  it('tells listeners when the stacks change', () => {
    const board = new BoardDoc(new Y.Doc());
    const undo = createUndoManager(board);
    let calls = 0;
    const stop = undo.onChange(() => calls++);
    board.createShapes([rect('a0')]);
    expect(calls).toBe(1);
    undo.undo();
    expect(calls).toBeGreaterThanOrEqual(2);
    const seen = calls;
    stop();
    undo.redo();
    expect(calls).toBe(seen);
    undo.destroy();
    board.createShapes([rect('a1')]);
    expect(undo.canUndo()).toBe(false);
  });
});
