import { createShape, SHAPE_TYPES, type Shape, type ShapeId } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc, type ShapeChanges } from './board-doc.ts';
import { Origin } from './origin.ts';
import { syncDocs } from './testing.ts';

function oneOfEach(): Shape[] {
  return SHAPE_TYPES.map((type, i) =>
    createShape({
      type,
      index: `a${i}`,
      geom: {
        x: i * 10,
        y: 5 - i,
        width: 40,
        height: 30,
        rotation: i * 15,
        ...(type === 'line' || type === 'arrow' || type === 'draw'
          ? { points: [0, 0, 20, 10, 40, 30] }
          : {}),
      },
      text: type === 'text' || type === 'note' ? `${type} text` : undefined,
      asset: type === 'image' ? 'sha256-0f3c' : undefined,
    }),
  );
}

describe('BoardDoc round trip', () => {
  it('returns every shape type as it was created, also on a peer', () => {
    const shapes = oneOfEach();
    const a = new BoardDoc(new Y.Doc());
    a.createShapes(shapes);
    for (const shape of shapes) expect(a.getShape(shape.id)).toEqual(shape);
    expect(a.allShapes()).toEqual(shapes);

    const b = new BoardDoc(new Y.Doc());
    syncDocs(a.doc, b.doc);
    expect(b.allShapes()).toEqual(shapes);
  });

  it('stores shapes in the documented layout that plain Yjs clients read', () => {
    const board = new BoardDoc(new Y.Doc());
    const [note] = oneOfEach().filter((s) => s.type === 'note');
    const [image] = oneOfEach().filter((s) => s.type === 'image');
    board.createShapes([note, image]);

    const stored = board.doc.getMap('shapes').get(note.id) as Y.Map<unknown>;
    expect(stored).toBeInstanceOf(Y.Map);
    expect([...stored.keys()].sort()).toEqual(['geom', 'index', 'style', 'text', 'type']);
    expect(stored.get('type')).toBe('note');
    expect(stored.get('index')).toBe(note.index);
    expect(stored.get('geom')).toEqual(note.geom);
    expect(stored.get('style')).toEqual(note.style);
    expect(stored.get('text')).toBeInstanceOf(Y.Text);
    expect((stored.get('text') as Y.Text).toString()).toBe('note text');
    const storedImage = board.doc.getMap('shapes').get(image.id) as Y.Map<unknown>;
    expect(storedImage.get('asset')).toBe('sha256-0f3c');
    expect(board.doc.getMap('meta').get('schemaVersion')).toBe(2);
  });

  it('sorts by index, bottom to top', () => {
    const board = new BoardDoc(new Y.Doc());
    const top = createShape({ type: 'rect', index: 'a5' });
    const bottom = createShape({ type: 'rect', index: 'a1' });
    board.createShapes([top, bottom]);
    expect(board.allShapes().map((s) => s.id)).toEqual([bottom.id, top.id]);
    board.updateShapes([{ id: bottom.id, index: 'a9' }]);
    expect(board.allShapes().map((s) => s.id)).toEqual([top.id, bottom.id]);
  });

  it('reads a board that already has shapes when constructed', () => {
    const first = new BoardDoc(new Y.Doc());
    first.createShapes(oneOfEach());
    expect(new BoardDoc(first.doc).allShapes()).toEqual(first.allShapes());
  });
});

describe('BoardDoc writes', () => {
  it('merges patches into geom and style, keeping other fields', () => {
    const board = new BoardDoc(new Y.Doc());
    const rect = createShape({ type: 'rect', index: 'a0', geom: { width: 10, height: 10 } });
    board.createShapes([rect]);
    board.updateShapes([{ id: rect.id, geom: { x: 5 }, style: { stroke: '#e03131' } }]);
    expect(board.getShape(rect.id)?.geom).toEqual({ ...rect.geom, x: 5 });
    expect(board.getShape(rect.id)?.style).toEqual({ ...rect.style, stroke: '#e03131' });
  });

  it('refuses invalid records and patches without writing anything', () => {
    const board = new BoardDoc(new Y.Doc());
    const rect = createShape({ type: 'rect', index: 'a0' });
    board.createShapes([rect]);
    const updates: Uint8Array[] = [];
    board.doc.on('update', (update: Uint8Array) => updates.push(update));
    expect(() => board.updateShapes([{ id: rect.id, geom: { x: Number.NaN } }])).toThrow(
      /geom.x must be a finite number/,
    );
    expect(() =>
      board.updateShapes([
        { id: rect.id, geom: { x: 1 } },
        { id: rect.id, index: 'not an index' },
      ]),
    ).toThrow(/index must be/);
    expect(() => board.createShapes([{ ...rect, geom: { ...rect.geom, width: -5 } }])).toThrow(
      /geom.width/,
    );
    expect(() => board.createShapes([rect])).toThrow(/exists/);
    expect(updates).toHaveLength(0);
    expect(board.getShape(rect.id)).toEqual(rect);
  });

  it('writes nothing for a patch that changes nothing', () => {
    const board = new BoardDoc(new Y.Doc());
    const rect = createShape({ type: 'rect', index: 'a0' });
    board.createShapes([rect]);
    const updates: Uint8Array[] = [];
    board.doc.on('update', (update: Uint8Array) => updates.push(update));
    board.updateShapes([{ id: rect.id, geom: { x: 0 }, style: {}, index: 'a0' }]);
    expect(updates).toHaveLength(0);
  });

  it('skips missing shapes silently', () => {
    const board = new BoardDoc(new Y.Doc());
    const ghost = 'shape:gone' as ShapeId;
    expect(() => board.updateShapes([{ id: ghost, geom: { x: 1 } }])).not.toThrow();
    expect(() => board.deleteShapes([ghost])).not.toThrow();
    expect(() => board.setText(ghost, 'hi')).not.toThrow();
    expect(board.getText(ghost)).toBeUndefined();
  });

  it('deletes shapes', () => {
    const board = new BoardDoc(new Y.Doc());
    const shapes = oneOfEach();
    board.createShapes(shapes);
    board.deleteShapes([shapes[0].id, shapes[3].id]);
    expect(board.allShapes()).toEqual(shapes.filter((_, i) => i !== 0 && i !== 3));
    expect(board.doc.getMap('shapes').has(shapes[0].id)).toBe(false);
  });

  it('hands out frozen records that keep their identity until they change', () => {
    const board = new BoardDoc(new Y.Doc());
    const [a, b] = [
      createShape({ type: 'rect', index: 'a0' }),
      createShape({ type: 'rect', index: 'a1' }),
    ];
    board.createShapes([a, b]);
    const before = board.getShape(a.id);
    const listBefore = board.allShapes();
    expect(board.allShapes()).toBe(listBefore);
    expect(Object.isFrozen(before?.geom)).toBe(true);
    board.updateShapes([{ id: b.id, geom: { x: 9 } }]);
    expect(board.getShape(a.id)).toBe(before);
    expect(board.allShapes()).not.toBe(listBefore);
    expect(board.allShapes()[1].geom.x).toBe(9);
  });
});

describe('BoardDoc text', () => {
  it('edits the shared text of a note with a minimal change', () => {
    const a = new BoardDoc(new Y.Doc());
    const b = new BoardDoc(new Y.Doc());
    const note = createShape({ type: 'note', index: 'a0', text: 'buy milk' });
    a.createShapes([note]);
    syncDocs(a.doc, b.doc);
    a.setText(note.id, 'buy oat milk');
    b.getText(note.id)?.insert(8, '!'); // typed at the same time on the peer
    syncDocs(a.doc, b.doc);
    expect(a.getShape(note.id)?.text).toBe('buy oat milk!');
    expect(b.getShape(note.id)?.text).toBe('buy oat milk!');
  });

  it('gives text shapes a Y.Text even when created empty', () => {
    const board = new BoardDoc(new Y.Doc());
    const text = createShape({ type: 'text', index: 'a0' });
    board.createShapes([text]);
    expect(board.getText(text.id)).toBeInstanceOf(Y.Text);
    expect(board.getShape(text.id)?.text).toBe('');
  });
});

describe('BoardDoc.observe', () => {
  function record(board: BoardDoc): ShapeChanges[] {
    const seen: ShapeChanges[] = [];
    board.observe((changes) => seen.push(changes));
    return seen;
  }

  it('fires once per transaction with the changed ids', () => {
    const board = new BoardDoc(new Y.Doc());
    const seen = record(board);
    const [a, b] = oneOfEach();
    board.createShapes([a, b]);
    board.updateShapes([
      { id: a.id, geom: { x: 50 } },
      { id: b.id, style: { opacity: 0.5 } },
    ]);
    board.deleteShapes([b.id]);
    expect(seen).toEqual([
      { added: [a.id, b.id], updated: [], removed: [], local: true, origin: 'local' },
      { added: [], updated: [a.id, b.id], removed: [], local: true, origin: 'local' },
      { added: [], updated: [], removed: [b.id], local: true, origin: 'local' },
    ]);
  });

  it('reports deep changes to text and index, and marks peer changes as not local', () => {
    const a = new BoardDoc(new Y.Doc());
    const b = new BoardDoc(new Y.Doc());
    const note = createShape({ type: 'note', index: 'a0' });
    a.createShapes([note]);
    syncDocs(a.doc, b.doc);
    const seen = record(b);
    a.setText(note.id, 'hello');
    a.updateShapes([{ id: note.id, index: 'a3' }]);
    syncDocs(a.doc, b.doc);
    expect(seen).toEqual([
      { added: [], updated: [note.id], removed: [], local: false, origin: 'remote' },
    ]);
    expect(b.getShape(note.id)).toMatchObject({ text: 'hello', index: 'a3' });
  });

  it('stops after unsubscribing or destroy', () => {
    const board = new BoardDoc(new Y.Doc());
    const seen = record(board);
    const other: ShapeChanges[] = [];
    const stop = board.observe((changes) => other.push(changes));
    stop();
    board.createShapes([createShape({ type: 'rect', index: 'a0' })]);
    expect(other).toHaveLength(0);
    board.destroy();
    board.createShapes([createShape({ type: 'rect', index: 'a1' })]);
    expect(seen).toHaveLength(1);
  });

  it('hides a shape another writer broke, and shows it again once repaired', () => {
    const board = new BoardDoc(new Y.Doc());
    const seen = record(board);
    const rect = createShape({ type: 'rect', index: 'a0' });
    board.createShapes([rect]);
    const stored = board.doc.getMap('shapes').get(rect.id) as Y.Map<unknown>;
    board.doc.transact(() => stored.set('geom', { x: 'left' }), Origin.remote);
    expect(board.getShape(rect.id)).toBeUndefined();
    board.doc.transact(() => stored.set('geom', rect.geom), Origin.remote);
    expect(board.getShape(rect.id)).toEqual(rect);
    expect(seen.map((c) => [c.added.length, c.removed.length])).toEqual([
      [1, 0],
      [0, 1],
      [1, 0],
    ]);
  });
});

describe('BoardDoc title', () => {
  it('reads, writes and observes the title in meta', () => {
    const a = new BoardDoc(new Y.Doc());
    const b = new BoardDoc(new Y.Doc());
    const titles: string[] = [];
    b.observeTitle((title) => titles.push(title));
    expect(a.getTitle()).toBe('');
    expect(a.getSchemaVersion()).toBeUndefined();
    a.setTitle('Sprint retro');
    syncDocs(a.doc, b.doc);
    expect(b.getTitle()).toBe('Sprint retro');
    expect(titles).toEqual(['Sprint retro']);
    expect(a.doc.getMap('meta').get('title')).toBe('Sprint retro');
    expect(b.getSchemaVersion()).toBe(2);
  });
});
