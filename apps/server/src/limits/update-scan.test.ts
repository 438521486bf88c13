import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { scanUpdate, UpdateRefused, type UpdateLimits } from './update-scan.ts';

const limits: UpdateLimits = {
  maxStructs: 10_000,
  maxTypes: 1_000,
  maxTypeDepth: 8,
  maxValueDepth: 16,
};

function structCount(doc: Y.Doc): number {
  let count = 0;
  for (const structs of doc.store.clients.values()) count += structs.length;
  return count;
}

/** Maps nested `depth` levels below the root map `data`, as one update. */
function nestedMaps(depth: number, doc = new Y.Doc()): Uint8Array {
  const before = Y.encodeStateVector(doc);
  doc.transact(() => {
    let map = doc.getMap('data');
    for (let i = 0; i < depth; i++) {
      const child = new Y.Map();
      map.set('k', child);
      map = child;
    }
  });
  return Y.encodeStateAsUpdate(doc, before);
}

/** One item with ContentJSON under root map `data`, key `k`: Yjs no longer writes these itself. */
function jsonItem(json: string): Uint8Array {
  const encoder = encoding.createEncoder();
  for (const n of [1, 1, 7, 0]) encoding.writeVarUint(encoder, n); // one client 7, one struct at clock 0
  encoding.writeUint8(encoder, 0b0010_0010); // has parentSub, ContentJSON
  encoding.writeVarUint(encoder, 1); // parent is a root type
  encoding.writeVarString(encoder, 'data');
  encoding.writeVarString(encoder, 'k');
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarString(encoder, json);
  encoding.writeVarUint(encoder, 0); // empty delete set
  return encoding.toUint8Array(encoder);
}

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof UpdateRefused) return error.message;
    throw error;
  }
  return null;
};

describe('scanUpdate', () => {
  it('accepts what honest editing produces and counts its structs and types', () => {
    const source = new Y.Doc();
    const shapes = source.getMap('shapes');
    for (let i = 0; i < 20; i++) {
      const shape = new Y.Map<unknown>();
      shapes.set(`shape:${i}`, shape);
      shape.set('geom', { x: i, y: 2, width: 3, height: 4, rotation: 0, points: [0, 0, 1, 1] });
      const text = new Y.Text();
      shape.set('text', text);
      text.insert(0, 'héllo 👋');
      text.format(0, 2, { bold: true });
    }
    source.getArray('list').insert(0, [1, 'two', { three: [3] }, new Uint8Array([4])]);
    shapes.delete('shape:3');
    const update = Y.encodeStateAsUpdate(source);
    const scan = scanUpdate(update, new Y.Doc(), limits);
    const copy = new Y.Doc();
    Y.applyUpdate(copy, update);
    expect(scan.structs).toBeGreaterThanOrEqual(structCount(copy));
    // Two root names, then a map and a text per shape but the deleted one (collected).
    expect(scan.types).toBe(2 + 2 * 19);
  });

  it('refuses shared types nested past the limit, alone or on top of the document', () => {
    expect(refusal(() => scanUpdate(nestedMaps(7), new Y.Doc(), limits))).toBeNull();
    expect(refusal(() => scanUpdate(nestedMaps(8), new Y.Doc(), limits))).toBe(
      'shared types nest deeper than 8 levels',
    );
    // Half the chain is already in the room; the other half arrives later and nests below it.
    const room = new Y.Doc();
    const author = new Y.Doc();
    Y.applyUpdate(room, nestedMaps(5, author));
    let deepest = author.getMap('data');
    while (deepest.get('k') instanceof Y.Map) deepest = deepest.get('k') as Y.Map<unknown>;
    const before = Y.encodeStateVector(author);
    deepest.set('k', new Y.Map());
    (deepest.get('k') as Y.Map<unknown>).set('k', new Y.Map());
    (deepest.get('k') as Y.Map<Y.Map<unknown>>).get('k')!.set('k', new Y.Map());
    const more = Y.encodeStateAsUpdate(author, before);
    expect(refusal(() => scanUpdate(more, room, limits))).toBe(
      'shared types nest deeper than 8 levels',
    );
  });

  it('refuses JSON and "any" values nested past the limit without parsing them', () => {
    expect(refusal(() => scanUpdate(jsonItem('[[["ok"]]]'), new Y.Doc(), limits))).toBeNull();
    const deep = '['.repeat(20_000) + ']'.repeat(20_000);
    expect(refusal(() => scanUpdate(jsonItem(deep), new Y.Doc(), limits))).toBe(
      'a value nests deeper than 16 levels',
    );
    // Brackets inside strings are text, not nesting.
    expect(
      refusal(() => scanUpdate(jsonItem(JSON.stringify(deep)), new Y.Doc(), limits)),
    ).toBeNull();
    let value: unknown = 'leaf';
    for (let i = 0; i < 17; i++) value = i % 2 ? [value] : { v: value };
    const doc = new Y.Doc();
    doc.getMap('data').set('deep', value);
    expect(refusal(() => scanUpdate(Y.encodeStateAsUpdate(doc), new Y.Doc(), limits))).toBe(
      'a value nests deeper than 16 levels',
    );
  });

  it('refuses an update that would add more structs or types than allowed', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      for (let i = 0; i < 50; i++) doc.getMap('data').set(`m${i}`, new Y.Map());
    });
    const update = Y.encodeStateAsUpdate(doc);
    expect(() => scanUpdate(update, new Y.Doc(), { ...limits, maxTypes: 20 })).toThrow(
      'update adds more than 20 shared types',
    );
    expect(() => scanUpdate(update, new Y.Doc(), { ...limits, maxStructs: 30 })).toThrow(
      'update has more than 30 structs',
    );
  });

  it('refuses a shared type whose parent the room does not have, and items under non-types', () => {
    const author = new Y.Doc();
    author.getMap('data').set('parent', new Y.Map());
    const first = Y.encodeStateAsUpdate(author);
    const before = Y.encodeStateVector(author);
    (author.getMap('data').get('parent') as Y.Map<unknown>).set('child', new Y.Map());
    const second = Y.encodeStateAsUpdate(author, before);
    expect(refusal(() => scanUpdate(second, new Y.Doc(), limits))).toBe(
      'a shared type depends on data the room does not have',
    );
    const room = new Y.Doc();
    Y.applyUpdate(room, first);
    expect(refusal(() => scanUpdate(second, room, limits))).toBeNull();

    // An item whose parent id points at a string item, not a type.
    const text = new Y.Doc();
    text.getText('t').insert(0, 'abc');
    const encoder = encoding.createEncoder();
    for (const n of [1, 1, 9, 0]) encoding.writeVarUint(encoder, n);
    encoding.writeUint8(encoder, 0b0010_0100); // parentSub, ContentString
    encoding.writeVarUint(encoder, 0); // parent is an id...
    encoding.writeVarUint(encoder, text.clientID); // ...of the string item
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarString(encoder, 'k');
    encoding.writeVarString(encoder, 'x');
    encoding.writeVarUint(encoder, 0);
    const hostile = encoding.toUint8Array(encoder);
    expect(refusal(() => scanUpdate(hostile, text, limits))).toBe(
      'an item names a parent that is not a shared type',
    );
  });

  it('throws on malformed bytes', () => {
    const update = Y.encodeStateAsUpdate(Object.assign(new Y.Doc(), {}));
    expect(() => scanUpdate(new Uint8Array([...update, 5]), new Y.Doc(), limits)).toThrow();
    expect(() =>
      scanUpdate(new Uint8Array([1, 200, 3, 9, 9, 9, 255, 255]), new Y.Doc(), limits),
    ).toThrow();
  });
});
