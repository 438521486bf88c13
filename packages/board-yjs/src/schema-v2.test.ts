import { createShape, type Shape, type ShapeId } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardDoc } from './board-doc.ts';
import { syncDocs } from './testing.ts';

const rectId = 'shape:rectA' as ShapeId;
const arrowId = 'shape:arrowA' as ShapeId;

/** What a plain Yjs program (no Sketchroom code) writes, following the README's table. */
function writePlainV2(doc: Y.Doc): void {
  const shapes = doc.getMap('shapes');
  doc.transact(() => {
    const rect = new Y.Map<unknown>();
    rect.set('type', 'rect');
    rect.set('index', 'a0');
    rect.set('geom', { x: 0, y: 0, width: 100, height: 60, rotation: 0 });
    rect.set('style', { stroke: '#000', fill: 'transparent', strokeWidth: 2, opacity: 1 });
    rect.set('text', new Y.Text('Start'));
    rect.set('groups', ['group:outer', 'group:inner']);
    rect.set('locked', true);
    shapes.set(rectId, rect);
    const arrow = new Y.Map<unknown>();
    arrow.set('type', 'arrow');
    arrow.set('index', 'a1');
    arrow.set('geom', {
      x: 100,
      y: 30,
      width: 100,
      height: 0,
      rotation: 0,
      points: [0, 0, 100, 0],
    });
    arrow.set('style', {
      stroke: '#000',
      fill: 'transparent',
      strokeWidth: 2,
      opacity: 1,
      startHead: 'dot',
      endHead: 'triangle',
      routing: 'elbow',
      strokeStyle: 'dashed',
      roughness: 1,
      fontFamily: 'hand',
    });
    arrow.set('binding', { start: { shape: rectId, anchor: { x: 1, y: 0.5 } } });
    arrow.set('text', new Y.Text('yes'));
    shapes.set(arrowId, arrow);
    doc.getMap('meta').set('schemaVersion', 2);
  });
}

describe('schema version 2', () => {
  it('reads bindings, labels, groups, lock and the new style fields a plain Yjs client wrote', () => {
    const board = new BoardDoc(new Y.Doc());
    writePlainV2(board.doc);
    const rect = board.getShape(rectId);
    expect(rect).toMatchObject({
      text: 'Start',
      groups: ['group:outer', 'group:inner'],
      locked: true,
    });
    const arrow = board.getShape(arrowId);
    expect(arrow?.binding).toEqual({ start: { shape: rectId, anchor: { x: 1, y: 0.5 } } });
    expect(arrow?.text).toBe('yes');
    expect(arrow?.style).toMatchObject({
      startHead: 'dot',
      endHead: 'triangle',
      routing: 'elbow',
      strokeStyle: 'dashed',
      roughness: 1,
      fontFamily: 'hand',
    });
  });

  it('writes them in the documented layout, and removes them with null', () => {
    const board = new BoardDoc(new Y.Doc());
    const rect = createShape({ type: 'rect', index: 'a0', geom: { width: 10, height: 10 } });
    const arrow = createShape({ type: 'arrow', index: 'a1', geom: { points: [0, 0, 5, 5] } });
    board.createShapes([rect, arrow]);
    board.updateShapes([
      { id: rect.id, groups: ['group:g1'], locked: true },
      { id: arrow.id, binding: { end: { shape: rect.id, anchor: { x: 0.5, y: 0.5 } } } },
    ]);
    board.setText(rect.id, 'label');
    const shapes = board.doc.getMap('shapes');
    const rectMap = shapes.get(rect.id) as Y.Map<unknown>;
    expect(rectMap.get('groups')).toEqual(['group:g1']);
    expect(rectMap.get('locked')).toBe(true);
    expect(rectMap.get('text')).toBeInstanceOf(Y.Text);
    expect(String(rectMap.get('text'))).toBe('label');
    expect((shapes.get(arrow.id) as Y.Map<unknown>).get('binding')).toEqual({
      end: { shape: rect.id, anchor: { x: 0.5, y: 0.5 } },
    });

    board.updateShapes([
      { id: rect.id, groups: null, locked: false },
      { id: arrow.id, binding: null },
    ]);
    expect([...rectMap.keys()].sort()).toEqual(['geom', 'index', 'style', 'text', 'type']);
    expect((shapes.get(arrow.id) as Y.Map<unknown>).has('binding')).toBe(false);
  });

  it('shows a shape whose v2 keys another program wrote malformed, and leaves those values in the doc', () => {
    const board = new BoardDoc(new Y.Doc());
    writePlainV2(board.doc);
    const rectMap = board.doc.getMap('shapes').get(rectId) as Y.Map<unknown>;
    const arrowMap = board.doc.getMap('shapes').get(arrowId) as Y.Map<unknown>;
    board.doc.transact(() => {
      rectMap.set('groups', [1, { deep: true }, 'not-a-group']);
      rectMap.set('locked', 'yes');
      arrowMap.set('binding', { start: { shape: 42 }, end: 'nowhere' });
      arrowMap.set('style', {
        ...(arrowMap.get('style') as object),
        roughness: 'lots',
        routing: 7,
      });
    });
    const rect = board.getShape(rectId);
    expect(rect).toBeDefined();
    expect(rect?.groups).toBeUndefined();
    expect(rect?.locked).toBeUndefined();
    const arrow = board.getShape(arrowId);
    expect(arrow?.binding).toBeUndefined();
    expect(arrow?.style.roughness).toBeUndefined();
    expect(arrow?.style.routing).toBeUndefined();
    expect(arrowMap.get('binding')).toEqual({ start: { shape: 42 }, end: 'nowhere' });
  });

  it('opens a version-1 board unchanged and raises its version only when this client writes', () => {
    const v1 = new Y.Doc();
    const shapes = v1.getMap('shapes');
    const map = new Y.Map<unknown>();
    map.set('type', 'rect');
    map.set('index', 'a0');
    map.set('geom', { x: 1, y: 2, width: 3, height: 4, rotation: 0 });
    map.set('style', { stroke: '#111', fill: '#eee', strokeWidth: 1, opacity: 1 });
    map.set('legacy', 'kept');
    shapes.set(rectId, map);
    v1.getMap('meta').set('schemaVersion', 1);
    const before = Y.encodeStateVector(v1);

    const board = new BoardDoc(v1);
    const rect = board.getShape(rectId) as Shape;
    expect(rect.geom).toEqual({ x: 1, y: 2, width: 3, height: 4, rotation: 0 });
    expect(rect.extra).toEqual({ legacy: 'kept' });
    expect(Y.encodeStateVector(v1)).toEqual(before);
    expect(board.getSchemaVersion()).toBe(1);

    board.updateShapes([{ id: rectId, geom: { x: 10 } }]);
    expect(board.getSchemaVersion()).toBe(2);
    expect(map.get('legacy')).toBe('kept');
  });

  it('keeps a newer version number as it is', () => {
    const board = new BoardDoc(new Y.Doc());
    board.doc.getMap('meta').set('schemaVersion', 7);
    board.createShapes([createShape({ type: 'rect', index: 'a0' })]);
    expect(board.getSchemaVersion()).toBe(7);
  });

  it('imports copies bound to each other and in fresh groups of their own', () => {
    const source = new BoardDoc(new Y.Doc());
    writePlainV2(source.doc);
    const target = new BoardDoc(new Y.Doc());
    syncDocs(source.doc, target.doc);
    const ids = target.importJson(source.exportJson());
    const [rectCopy, arrowCopy] = ids.map((id) => target.getShape(id) as Shape);
    expect(rectCopy.id).not.toBe(rectId);
    expect(arrowCopy.binding?.start?.shape).toBe(rectCopy.id);
    expect(rectCopy.groups).toHaveLength(2);
    expect(rectCopy.groups).not.toContain('group:outer');
    // An arrow copied without its shape comes loose.
    const [lone] = target.importJson(source.exportJson([arrowId]));
    expect(target.getShape(lone)?.binding).toBeUndefined();
  });
});

describe('labels', () => {
  it('merge when two people type the first letters of a new shape’s label at once', () => {
    const a = new BoardDoc(new Y.Doc());
    const b = new BoardDoc(new Y.Doc());
    const rect = createShape({ type: 'rect', index: 'a0', geom: { width: 100, height: 50 } });
    a.createShapes([rect]);
    syncDocs(a.doc, b.doc);
    expect(a.getShape(rect.id)?.text).toBeUndefined();
    a.setText(rect.id, 'left');
    b.setText(rect.id, 'right');
    syncDocs(a.doc, b.doc);
    const merged = a.getShape(rect.id)?.text ?? '';
    expect(merged).toContain('left');
    expect(merged).toContain('right');
    expect(b.getShape(rect.id)?.text).toBe(merged);
  });
});
