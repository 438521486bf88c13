import {
  PALETTE,
  SHAPE_TYPES,
  bringForward,
  bringToFront,
  createShape,
  hasPoints,
  hasText,
  indexAbove,
  indexBelow,
  sendBackward,
  sendToBack,
  type Shape,
  type ShapeId,
} from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from './board-doc.ts';
import { Origin } from './origin.ts';
import { docWithClientId, mulberry32 } from './testing.ts';

// Several peers edit one board at random while updates travel in random order
// and peers drop offline for a while (their updates wait, then arrive in a
// burst). Whatever happens, every peer must end with the same shapes.

interface Peer {
  board: BoardDoc;
  online: boolean;
  /** Visible ids as the peer's observe() events describe them. */
  seen: Set<string>;
}

interface Message {
  from: number;
  to: number;
  update: Uint8Array;
}

function runSimulation(seed: number, peerCount: number, steps: number) {
  const random = mulberry32(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[]): T | undefined =>
    list.length > 0 ? list[int(list.length)] : undefined;

  const queue: Message[] = [];
  const everCreated: ShapeId[] = [];
  const peers: Peer[] = Array.from({ length: peerCount }, (_, i) => {
    const board = new BoardDoc(docWithClientId(i + 1));
    const peer: Peer = { board, online: true, seen: new Set() };
    board.observe((changes) => {
      for (const id of changes.added) peer.seen.add(id);
      for (const id of changes.removed) peer.seen.delete(id);
    });
    board.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === Origin.remote) return; // peers relay only their own edits
      for (let to = 0; to < peerCount; to++) if (to !== i) queue.push({ from: i, to, update });
    });
    return peer;
  });

  const deliver = (onlyOnline: boolean) => {
    const ready = queue
      .map((message, position) => ({ message, position }))
      .filter(
        ({ message }) => !onlyOnline || (peers[message.from].online && peers[message.to].online),
      );
    const chosen = pick(ready);
    if (!chosen) return false;
    queue.splice(chosen.position, 1);
    Y.applyUpdate(peers[chosen.message.to].board.doc, chosen.message.update, Origin.remote);
    return true;
  };

  const randomShape = (shapes: Shape[]): Shape => {
    const type = pick(SHAPE_TYPES) ?? 'rect';
    const under = pick(shapes);
    const index = random() < 0.7 || !under ? indexAbove(shapes) : indexBelow(shapes);
    const shape = createShape({
      type,
      index,
      geom: {
        x: int(1000),
        y: int(1000),
        width: int(200),
        height: int(200),
        rotation: int(4) * 45,
        ...(hasPoints(type) ? { points: [0, 0, int(200), int(200)] } : {}),
      },
      text: hasText(type) ? 'note' : undefined,
    });
    everCreated.push(shape.id);
    return shape;
  };

  const zOrderMoves = [bringToFront, sendToBack, bringForward, sendBackward];

  const edit = (board: BoardDoc) => {
    const shapes = board.allShapes();
    const target = pick(shapes);
    const roll = int(12);
    if (roll < 3 || !target) {
      const count = 1 + int(2);
      const created: Shape[] = [];
      for (let i = 0; i < count; i++) created.push(randomShape([...shapes, ...created]));
      board.createShapes(created);
    } else if (roll < 5) {
      board.updateShapes([{ id: target.id, geom: { x: int(1000), y: int(1000) } }]);
    } else if (roll < 7) {
      const colour = pick(PALETTE) ?? PALETTE[0];
      board.updateShapes([
        { id: target.id, style: { stroke: colour.stroke, opacity: int(11) / 10 } },
      ]);
    } else if (roll < 8) {
      board.deleteShapes([target.id]);
    } else if (roll < 10) {
      const move = pick(zOrderMoves) ?? bringToFront;
      const ids = [target.id, ...(random() < 0.5 ? [(pick(shapes) ?? target).id] : [])];
      board.updateShapes(move(shapes, ids));
    } else if (roll < 11) {
      const note = pick(shapes.filter((shape) => hasText(shape.type)));
      if (note) {
        const text = note.text ?? '';
        const at = int(text.length + 1);
        board.setText(note.id, text.slice(0, at) + 'xyz'.slice(int(3)) + text.slice(at + int(2)));
      }
    } else {
      // A shape this peer may already have seen deleted: must be skipped quietly.
      const stale = pick(everCreated);
      if (stale) board.updateShapes([{ id: stale, geom: { width: int(50) } }]);
    }
  };

  for (let step = 0; step < steps; step++) {
    const roll = random();
    if (roll < 0.5) {
      const peer = pick(peers) as Peer;
      edit(peer.board);
    } else if (roll < 0.92) {
      deliver(true);
    } else {
      const peer = pick(peers) as Peer;
      peer.online = !peer.online;
    }
  }
  for (const peer of peers) peer.online = true;
  while (deliver(false));
  return { peers, everCreated };
}

describe('convergence under random concurrent editing', () => {
  it.each([1, 2, 3, 42, 2024, 31337])('seed %i: every peer ends with the same board', (seed) => {
    const { peers, everCreated } = runSimulation(seed, 3 + (seed % 2), 700);
    const expected = peers[0].board.allShapes();
    // A run where nothing survives would prove little.
    expect(expected.length).toBeGreaterThan(5);
    expect(everCreated.length).toBeGreaterThan(expected.length);

    for (const { board, seen } of peers) {
      expect(board.doc.store.pendingStructs).toBeNull();
      expect(board.allShapes()).toEqual(expected);
      // The incremental cache must match a fresh read of the same doc ...
      expect(new BoardDoc(board.doc).allShapes()).toEqual(board.allShapes());
      // ... and the change events must add up to what is visible.
      expect([...seen].sort()).toEqual(
        board
          .allShapes()
          .map((s) => s.id)
          .sort(),
      );
    }
  });
});
