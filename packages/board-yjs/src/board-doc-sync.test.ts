import { createShape, type ShapeId } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from './board-doc.ts';
import { Origin } from './origin.ts';
import { syncDocs } from './testing.ts';

/** Two peers that both see one rectangle. */
function twoPeers() {
  const a = new BoardDoc(new Y.Doc());
  const b = new BoardDoc(new Y.Doc());
  const rect = createShape({ type: 'rect', index: 'a0', geom: { width: 10, height: 10 } });
  a.createShapes([rect]);
  syncDocs(a.doc, b.doc);
  return { a, b, rect };
}

/** Writes a shape the way a newer client would, with a plain Yjs client. */
function writeFromNewerClient(doc: Y.Doc, id: string, type: string): void {
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    map.set('type', type);
    map.set('index', 'a5');
    map.set('geom', { x: 1, y: 2, width: 30, height: 40, rotation: 0, cornerRadius: 6 });
    map.set('style', { stroke: '#000', fill: 'none', strokeWidth: 1, opacity: 1, dash: 'dot' });
    map.set('groupId', 'group:7');
    const tags = new Y.Array<string>();
    tags.push(['urgent']);
    map.set('tags', tags);
    doc.getMap('shapes').set(id, map);
  }, Origin.remote);
}

describe('data from newer clients', () => {
  it('keeps unknown keys, fields and types through updates from this client', () => {
    const board = new BoardDoc(new Y.Doc());
    const id = 'shape:fromTheFuture' as ShapeId;
    writeFromNewerClient(board.doc, id, 'star');

    expect(board.getShape(id)).toMatchObject({
      type: 'star',
      geom: { cornerRadius: 6 },
      style: { dash: 'dot' },
      extra: { groupId: 'group:7', tags: ['urgent'] },
    });

    board.updateShapes([{ id, geom: { x: 100 }, style: { stroke: '#e03131' }, index: 'a7' }]);

    const stored = board.doc.getMap('shapes').get(id) as Y.Map<unknown>;
    expect(stored.get('type')).toBe('star');
    expect(stored.get('geom')).toEqual({
      x: 100,
      y: 2,
      width: 30,
      height: 40,
      rotation: 0,
      cornerRadius: 6,
    });
    expect(stored.get('style')).toMatchObject({ stroke: '#e03131', dash: 'dot' });
    expect(stored.get('groupId')).toBe('group:7');
    expect((stored.get('tags') as Y.Array<string>).toArray()).toEqual(['urgent']);
  });

  it('keeps them through an export and import too', () => {
    const source = new BoardDoc(new Y.Doc());
    writeFromNewerClient(source.doc, 'shape:future', 'rect');
    const target = new BoardDoc(new Y.Doc());
    const [id] = target.importJson(JSON.stringify(source.exportJson()));
    const stored = target.doc.getMap('shapes').get(id) as Y.Map<unknown>;
    expect(stored.get('groupId')).toBe('group:7');
    expect(stored.get('tags')).toEqual(['urgent']); // a plain list once it has been JSON
    expect(stored.get('geom')).toMatchObject({ cornerRadius: 6 });
  });
});

describe('concurrent edits', () => {
  it('keeps both a move on one peer and a recolour on the other', () => {
    const { a, b, rect } = twoPeers();
    a.updateShapes([{ id: rect.id, geom: { x: 300, y: 200 } }]);
    b.updateShapes([{ id: rect.id, style: { stroke: '#2f9e44', fill: '#2f9e4433' } }]);
    syncDocs(a.doc, b.doc);
    for (const board of [a, b]) {
      expect(board.getShape(rect.id)?.geom).toMatchObject({ x: 300, y: 200 });
      expect(board.getShape(rect.id)?.style).toMatchObject({
        stroke: '#2f9e44',
        fill: '#2f9e4433',
      });
    }
    expect(a.allShapes()).toEqual(b.allShapes());
  });

  it('keeps a z-order change on one peer and a text edit on the other', () => {
    const a = new BoardDoc(new Y.Doc());
    const b = new BoardDoc(new Y.Doc());
    const note = createShape({ type: 'note', index: 'a0', text: 'hi' });
    a.createShapes([note]);
    syncDocs(a.doc, b.doc);
    a.updateShapes([{ id: note.id, index: 'a4' }]);
    b.setText(note.id, 'hi there');
    syncDocs(a.doc, b.doc);
    expect(a.getShape(note.id)).toMatchObject({ index: 'a4', text: 'hi there' });
    expect(a.allShapes()).toEqual(b.allShapes());
  });

  it('survives a delete on one peer while the other drags the shape', () => {
    const { a, b, rect } = twoPeers();
    a.deleteShapes([rect.id]);
    for (let x = 1; x <= 5; x++) b.updateShapes([{ id: rect.id, geom: { x } }]);
    expect(() => syncDocs(a.doc, b.doc)).not.toThrow();
    // The drag continues after the delete arrived: it must not throw either.
    expect(() => b.updateShapes([{ id: rect.id, geom: { x: 6 } }])).not.toThrow();
    syncDocs(a.doc, b.doc);
    expect(a.allShapes()).toEqual([]);
    expect(b.allShapes()).toEqual([]);
  });

  it('orders shapes added on top at the same moment the same way everywhere', () => {
    const a = new BoardDoc(new Y.Doc());
    const b = new BoardDoc(new Y.Doc());
    // Both pick the same "above everything" index while offline.
    a.createShapes([createShape({ type: 'rect', index: 'a1' })]);
    b.createShapes([createShape({ type: 'ellipse', index: 'a1' })]);
    syncDocs(a.doc, b.doc);
    expect(a.allShapes()).toHaveLength(2);
    expect(a.allShapes()).toEqual(b.allShapes());
  });
});
