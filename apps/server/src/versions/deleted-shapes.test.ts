import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scanUpdate } from '../limits/update-scan.ts';
import { countDeletedShapes } from './deleted-shapes.ts';

const limits = { maxStructs: 1e6, maxTypes: 1e6, maxTypeDepth: 32, maxValueDepth: 32 };

/** A server copy of a board of `n` shapes, and a client copy that edits it. */
function board(n: number) {
  const client = new Y.Doc();
  const shapes = client.getMap<Y.Map<unknown>>('shapes');
  client.transact(() => {
    for (let i = 0; i < n; i++) {
      const shape = new Y.Map<unknown>();
      shape.set('type', 'rect');
      shape.set('geom', { x: i, y: 0, width: 10, height: 10, rotation: 0 });
      shapes.set(`shape:${i}`, shape);
    }
  });
  const server = new Y.Doc();
  Y.applyUpdate(server, Y.encodeStateAsUpdate(client));
  const deletedBy = (edit: () => void) => {
    const before = Y.encodeStateVector(client);
    client.transact(edit);
    const update = Y.encodeStateAsUpdate(client, before);
    const count = countDeletedShapes(server, scanUpdate(update, server, limits).deletes);
    Y.applyUpdate(server, update);
    return count;
  };
  return { client, shapes, server, deletedBy };
}

describe('countDeletedShapes', () => {
  it('counts the shapes an update removes, by ranges for a few and by entries for many', () => {
    const { shapes, deletedBy } = board(300);
    expect(deletedBy(() => shapes.delete('shape:7'))).toBe(1);
    expect(deletedBy(() => [...shapes.keys()].slice(0, 250).forEach((k) => shapes.delete(k)))).toBe(
      250,
    );
  });

  it('does not count edits inside shapes or new shapes; an overwritten entry is a removal', () => {
    const { shapes, deletedBy } = board(20);
    expect(
      deletedBy(() => shapes.get('shape:1')!.set('geom', { x: 5, y: 5, width: 1, height: 1 })),
    ).toBe(0);
    expect(deletedBy(() => shapes.set('shape:new', new Y.Map()))).toBe(0);
    // Replacing a shape's map drops everything in it, as deleting it does.
    expect(deletedBy(() => shapes.set('shape:2', new Y.Map()))).toBe(1);
  });

  it('counts a whole state that deletes everything, as a reconnecting client sends it', () => {
    const { client, shapes, server } = board(50);
    client.transact(() => [...shapes.keys()].forEach((k) => shapes.delete(k)));
    const all = Y.encodeStateAsUpdate(client);
    expect(countDeletedShapes(server, scanUpdate(all, server, limits).deletes)).toBe(50);
    Y.applyUpdate(server, all);
    // Once applied, the same delete set removes nothing more.
    expect(countDeletedShapes(server, scanUpdate(all, server, limits).deletes)).toBe(0);
  });

  it('is not fooled by overlapping ranges or ranges past what the room has', () => {
    const { server } = board(40);
    const client = [...server.store.clients.keys()][0]!;
    const deletes = [
      { client, clock: 0, len: 1_000 },
      { client, clock: 1, len: 1 },
      { client: 999, clock: 5_000, len: 10 },
    ];
    expect(countDeletedShapes(server, deletes)).toBe(40);
    expect(countDeletedShapes(server, [{ client, clock: 1e9, len: 1 }])).toBe(0);
  });
});
