import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Origin, isLocalTransaction, originName, transact } from './origin.ts';

describe('transact', () => {
  it('runs the writes in one transaction labelled with the origin', () => {
    const doc = new Y.Doc();
    const seen: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => seen.push(tr.origin));
    transact(doc, 'import', () => {
      doc.getMap('m').set('a', 1);
      doc.getMap('m').set('b', 2);
    });
    expect(seen).toEqual([Origin.import]);
  });
});

describe('originName', () => {
  it('names our origins and the undo manager', () => {
    const doc = new Y.Doc();
    expect(originName('remote')).toBe('remote');
    expect(originName(new Y.UndoManager(doc.getMap('m')))).toBe('undo');
  });

  it('does not name foreign origins', () => {
    expect(originName({ provider: true })).toBeNull();
    expect(originName('toString')).toBeNull();
    expect(originName(null)).toBeNull();
  });
});

describe('isLocalTransaction', () => {
  function localFlags(apply: (doc: Y.Doc) => void): boolean[] {
    const doc = new Y.Doc();
    const flags: boolean[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => flags.push(isLocalTransaction(tr)));
    apply(doc);
    return flags;
  }

  it('is true for local edits and imports', () => {
    expect(localFlags((doc) => transact(doc, 'local', () => doc.getMap('m').set('a', 1)))).toEqual([
      true,
    ]);
    expect(localFlags((doc) => transact(doc, 'import', () => doc.getMap('m').set('a', 1)))).toEqual(
      [true],
    );
  });

  it('is false for updates from peers or storage', () => {
    const other = new Y.Doc();
    other.getMap('m').set('a', 1);
    const update = Y.encodeStateAsUpdate(other);
    expect(localFlags((doc) => Y.applyUpdate(doc, update, Origin.remote))).toEqual([false]);
    expect(localFlags((doc) => Y.applyUpdate(doc, update, Origin.load))).toEqual([false]);
    expect(localFlags((doc) => Y.applyUpdate(doc, update, { provider: true }))).toEqual([false]);
  });
});
