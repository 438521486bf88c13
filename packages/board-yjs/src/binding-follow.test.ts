import {
  createShape,
  pagePoints,
  type ArrowBinding,
  type Shape,
  type ShapeId,
} from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from './board-doc.ts';
import { Origin } from './origin.ts';
import { syncDocs } from './testing.ts';
import { createUndoManager } from './undo.ts';

const GAP = 5; // binding gap 4 + half the boxes' stroke width of 2
const centre = { x: 0.5, y: 0.5 };

/** Two 100 × 100 boxes side by side (a at 0..100, b at 300..400) and an arrow bound between them. */
function boundPair(board = new BoardDoc(new Y.Doc()), routing?: string) {
  const a = box('a0', 0, 0);
  const b = box('a1', 300, 0);
  const binding: ArrowBinding = {
    start: { shape: a.id, anchor: centre },
    end: { shape: b.id, anchor: centre },
  };
  const arrow = {
    ...createShape({
      type: 'arrow',
      index: 'a2',
      geom: { x: 105, y: 50, width: 190, height: 0, points: [0, 0, 190, 0] },
      style: routing ? { routing } : {},
    }),
    binding,
  };
  board.createShapes([a, b, arrow]);
  return { board, a, b, arrow };
}

function box(index: string, x: number, y: number, type: 'rect' | 'ellipse' = 'rect'): Shape {
  return createShape({
    type,
    index,
    geom: { x, y, width: 100, height: 100 },
    style: { strokeWidth: 2 },
  });
}

function ends(board: BoardDoc, id: ShapeId): number[][] {
  const shape = board.getShape(id);
  if (!shape) throw new Error('gone');
  return pagePoints(shape.geom).map((p) => [
    Math.round(p.x * 100) / 100,
    Math.round(p.y * 100) / 100,
  ]);
}

function transactions(doc: Y.Doc): () => number {
  let count = 0;
  doc.on('afterTransaction', () => count++);
  return () => count;
}

describe('bound arrows follow their shapes', () => {
  it('follows a move in the same transaction', () => {
    const { board, b, arrow } = boundPair();
    const count = transactions(board.doc);
    board.updateShapes([{ id: b.id, geom: { x: 300, y: 200 } }]);
    expect(count()).toBe(1);
    const [start, end] = ends(board, arrow.id);
    // From a's centre (50, 50) toward b's (350, 250): b's left side is met at x = 300.
    expect(end[0]).toBeLessThan(300);
    expect(end[1]).toBeGreaterThan(200);
    expect(start[0]).toBeGreaterThan(100);
    expect(board.getShape(arrow.id)?.binding).toEqual(arrow.binding);
  });

  it('follows a resize and a rotation', () => {
    const { board, b, arrow } = boundPair();
    board.updateShapes([{ id: b.id, geom: { x: 500, width: 200 } }]);
    expect(ends(board, arrow.id)[1]).toEqual([500 - GAP, 50]);
    board.updateShapes([{ id: b.id, geom: { rotation: 90 } }]);
    // Turned 90° about (600, 50), the 200-wide box is 100 wide: its left side is at 550.
    expect(ends(board, arrow.id)[1]).toEqual([550 - GAP, 50]);
  });

  it('reroutes when the routing changes, and keeps the binding', () => {
    const { board, arrow } = boundPair();
    board.updateShapes([{ id: arrow.id, style: { routing: 'curved' } }]);
    expect(ends(board, arrow.id)).toHaveLength(3);
    board.updateShapes([{ id: arrow.id, style: { routing: 'elbow' } }]);
    expect(ends(board, arrow.id)).toEqual([
      [100 + GAP, 50],
      [300 - GAP, 50],
    ]);
    board.updateShapes([{ id: arrow.id, style: { routing: 'straight' } }]);
    expect(ends(board, arrow.id)).toHaveLength(2);
    expect(board.getShape(arrow.id)?.binding).toEqual(arrow.binding);
  });

  it('lets go of both ends when the arrow is moved on its own', () => {
    const { board, arrow } = boundPair();
    board.updateShapes([{ id: arrow.id, geom: { y: 400 } }]);
    expect(board.getShape(arrow.id)?.binding).toBeUndefined();
    expect(ends(board, arrow.id)).toEqual([
      [105, 400],
      [295, 400],
    ]);
  });

  it('stays bound when moved together with both shapes, and keeps one end moved with its shape', () => {
    const { board, a, b, arrow } = boundPair();
    board.updateShapes([
      { id: a.id, geom: { y: 100 } },
      { id: b.id, geom: { y: 100 } },
      { id: arrow.id, geom: { y: 150 } },
    ]);
    expect(board.getShape(arrow.id)?.binding).toEqual(arrow.binding);
    expect(ends(board, arrow.id)).toEqual([
      [100 + GAP, 150],
      [300 - GAP, 150],
    ]);
    board.updateShapes([
      { id: a.id, geom: { y: 0 } },
      { id: arrow.id, geom: { y: 50 } },
    ]);
    expect(board.getShape(arrow.id)?.binding).toEqual({ start: arrow.binding?.start });
  });

  it('an endpoint dragged with an explicit binding is not let go', () => {
    const { board, a, arrow } = boundPair();
    const c = box('a3', 0, 400, 'ellipse');
    board.createShapes([c]);
    board.updateShapes([
      {
        id: arrow.id,
        geom: { x: 50, y: 50, width: 0, height: 400, points: [0, 0, 0, 400] },
        binding: { start: { shape: a.id, anchor: centre }, end: { shape: c.id, anchor: centre } },
      },
    ]);
    expect(ends(board, arrow.id)).toEqual([
      [50, 100 + GAP],
      [50, 400 - GAP],
    ]);
  });

  it('deleting a bound shape unbinds that end and leaves the arrow in place', () => {
    const { board, a, b, arrow } = boundPair();
    const before = board.getShape(arrow.id)?.geom;
    const count = transactions(board.doc);
    board.deleteShapes([b.id]);
    expect(count()).toBe(1);
    expect(board.getShape(arrow.id)?.binding).toEqual({ start: { shape: a.id, anchor: centre } });
    expect(board.getShape(arrow.id)?.geom).toEqual(before);
    board.deleteShapes([a.id]);
    expect(board.getShape(arrow.id)?.binding).toBeUndefined();
    expect(board.getShape(arrow.id)?.geom).toEqual(before);
    // With nothing bound, moving the arrow is a plain move.
    board.updateShapes([{ id: arrow.id, geom: { x: 0 } }]);
    expect(ends(board, arrow.id)[0]).toEqual([0, 50]);
  });

  it('undo of a move takes the arrow back too; undo of a delete restores the binding', () => {
    const { board, b, arrow } = boundPair();
    const undo = createUndoManager(board, { captureTimeout: 0 });
    const before = board.getShape(arrow.id)?.geom;
    board.updateShapes([{ id: b.id, geom: { y: 300 } }]);
    expect(board.getShape(arrow.id)?.geom).not.toEqual(before);
    undo.undo();
    expect(board.getShape(b.id)?.geom.y).toBe(0);
    expect(board.getShape(arrow.id)?.geom).toEqual(before);
    undo.redo();
    expect(board.getShape(b.id)?.geom.y).toBe(300);
    undo.stopCapturing();
    board.deleteShapes([b.id]);
    expect(board.getShape(arrow.id)?.binding?.end).toBeUndefined();
    undo.undo();
    expect(board.getShape(arrow.id)?.binding).toEqual(arrow.binding);
  });

  it('a peer sees the arrow where the mover put it, with no writes of its own', () => {
    const alice = new BoardDoc(new Y.Doc());
    const bob = new BoardDoc(new Y.Doc());
    bob.setArrowRepair(true);
    const { b, arrow } = boundPair(alice);
    syncDocs(alice.doc, bob.doc);
    const count = transactions(bob.doc);
    alice.updateShapes([{ id: b.id, geom: { x: 300, y: 300 } }]);
    syncDocs(alice.doc, bob.doc);
    expect(count()).toBe(1); // the update from alice, and no repair
    expect(ends(bob, arrow.id)).toEqual(ends(alice, arrow.id));
    // Stale, it would still end at y = 50; b's top-left corner is at (300, 300).
    expect(ends(bob, arrow.id)[1][1]).toBeGreaterThan(290);
  });
});

describe('repairing arrows a plain Yjs client left stale', () => {
  /** Moves a shape the way a client that knows nothing of bindings would. */
  function plainMove(doc: Y.Doc, id: ShapeId, y: number) {
    doc.transact(() => {
      const map = doc.getMap('shapes').get(id) as Y.Map<unknown>;
      map.set('geom', { ...(map.get('geom') as object), y });
    }, Origin.remote);
  }

  it('rewrites the stale arrow with a non-undoable origin, once', () => {
    const { board, b, arrow } = boundPair();
    board.setArrowRepair(true);
    const undo = createUndoManager(board);
    const origins: unknown[] = [];
    board.doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    plainMove(board.doc, b.id, 300);
    expect(origins).toEqual([Origin.remote, Origin.load]);
    expect(ends(board, arrow.id)[1][1]).toBeGreaterThan(290);
    expect(undo.canUndo()).toBe(false);
  });

  it('does nothing for a viewer, and catches up when turned on', () => {
    const { board, b, arrow } = boundPair();
    const before = board.getShape(arrow.id)?.geom;
    plainMove(board.doc, b.id, 300);
    expect(board.getShape(arrow.id)?.geom).toEqual(before);
    board.setArrowRepair(true);
    expect(ends(board, arrow.id)[1][1]).toBeGreaterThan(290);
  });

  it('converges when two clients repair the same arrow at once', () => {
    const alice = new BoardDoc(new Y.Doc());
    const bob = new BoardDoc(new Y.Doc());
    const { b, arrow } = boundPair(alice);
    syncDocs(alice.doc, bob.doc);
    alice.setArrowRepair(true);
    bob.setArrowRepair(true);
    plainMove(alice.doc, b.id, 250);
    plainMove(bob.doc, b.id, 250);
    syncDocs(alice.doc, bob.doc);
    syncDocs(alice.doc, bob.doc);
    expect(ends(alice, arrow.id)).toEqual(ends(bob, arrow.id));
    expect(ends(alice, arrow.id)[1][1]).toBeGreaterThan(250);
  });

  it('fixes an arrow after concurrent moves of both its shapes', () => {
    const alice = new BoardDoc(new Y.Doc());
    const bob = new BoardDoc(new Y.Doc());
    const { a, b, arrow } = boundPair(alice);
    syncDocs(alice.doc, bob.doc);
    alice.setArrowRepair(true);
    bob.setArrowRepair(true);
    alice.updateShapes([{ id: a.id, geom: { y: -300 } }]);
    bob.updateShapes([{ id: b.id, geom: { y: 300 } }]);
    syncDocs(alice.doc, bob.doc);
    syncDocs(alice.doc, bob.doc);
    const [start, end] = ends(alice, arrow.id);
    expect(ends(bob, arrow.id)).toEqual([start, end]);
    // Both moves show: the start leaves a (now above) and the end reaches b (now below).
    expect(start[1]).toBeLessThan(-190);
    expect(end[1]).toBeGreaterThan(290);
  });
});

describe('importing board JSON with stale bound arrows', () => {
  it('brings the arrows up to date with their shapes', () => {
    const { board, b, arrow } = boundPair();
    const json = board.exportJson();
    // The file says b is 300 further down, but its arrow still ends where b was.
    const moved = {
      ...json,
      shapes: json.shapes.map((s) => (s.id === b.id ? { ...s, geom: { ...s.geom, y: 300 } } : s)),
    };
    const target = new BoardDoc(new Y.Doc());
    target.setArrowRepair(true);
    const ids = target.importJson(JSON.stringify(moved));
    const imported = target.getShape(ids[2]);
    expect(imported?.binding?.end?.shape).toBe(ids[1]);
    expect(ends(target, ids[2])[1][1]).toBeGreaterThan(290);
    expect(ends(board, arrow.id)[1][1]).toBe(50);
  });
});

describe('the index of bound arrows', () => {
  it('follows rebinding and deletion of arrows', () => {
    const { board, a, b, arrow } = boundPair();
    const c = box('a3', 300, 400);
    board.createShapes([c]);
    board.updateShapes([
      {
        id: arrow.id,
        binding: { start: arrow.binding?.start, end: { shape: c.id, anchor: centre } },
      },
    ]);
    const bound = board.getShape(arrow.id)?.geom;
    // b no longer pulls the arrow; c does.
    board.updateShapes([{ id: b.id, geom: { y: 200 } }]);
    expect(board.getShape(arrow.id)?.geom).toEqual(bound);
    board.updateShapes([{ id: c.id, geom: { x: 0 } }]);
    expect(ends(board, arrow.id)[1]).toEqual([50, 400 - GAP]);
    // Once the arrow is gone, moving its shapes changes only them.
    board.deleteShapes([arrow.id]);
    const updated: string[][] = [];
    board.observe((changes) => updated.push(changes.updated));
    board.updateShapes([{ id: a.id, geom: { x: 50 } }]);
    expect(updated).toEqual([[a.id]]);
  });
});
