// The behaviour every Store adapter must have; each adapter's test file runs it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { assetContract } from './asset-contract.ts';
import type { Store, StoredVersion, VersionKind } from './store.ts';

function edit(doc: Y.Doc, fn: (doc: Y.Doc) => void): Uint8Array {
  let update: Uint8Array | null = null;
  const capture = (u: Uint8Array) => (update = u);
  doc.on('update', capture);
  fn(doc);
  doc.off('update', capture);
  return update!;
}

const contentOf = (updates: Uint8Array[]) => {
  const doc = new Y.Doc();
  updates.forEach((update) => Y.applyUpdate(doc, update));
  return { list: doc.getArray('list').toJSON(), text: doc.getText('text').toString() };
};

export function describeStoreContract(
  name: string,
  open: () => Promise<{ store: Store; cleanup(): Promise<void> }>,
) {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    let cleanup: () => Promise<void>;
    beforeAll(async () => {
      ({ store, cleanup } = await open());
      await store.init();
      await store.init(); // starting twice must be harmless
    });
    afterAll(async () => {
      await store.close();
      await cleanup();
    });

    it('appends a batch for several rooms and loads each room in order', async () => {
      const a = new Y.Doc();
      const b = new Y.Doc();
      const batch = [
        { room: 'a', update: edit(a, (d) => d.getArray('list').push([1])) },
        { room: 'b', update: edit(b, (d) => d.getText('text').insert(0, 'bee')) },
        { room: 'a', update: edit(a, (d) => d.getArray('list').push([2])) },
      ];
      await store.append(batch);
      const roomA = await store.load('a');
      expect(roomA.updates).toHaveLength(2);
      expect(roomA.bytes).toBe(batch[0]!.update.byteLength + batch[2]!.update.byteLength);
      expect(contentOf(roomA.updates).list).toEqual([1, 2]);
      expect(contentOf((await store.load('b')).updates).text).toBe('bee');
      expect((await store.load('nobody')).updates).toEqual([]);
      await store.ping();
    });

    it('compacts a room into one row with the same document, leaving other rooms alone', async () => {
      const doc = new Y.Doc();
      for (let i = 0; i < 30; i++) {
        await store.append([{ room: 'c', update: edit(doc, (d) => d.getArray('list').push([i])) }]);
      }
      await store.append([
        { room: 'c', update: edit(doc, (d) => d.getArray('list').delete(0, 10)) },
      ]);
      const before = contentOf((await store.load('c')).updates);
      const result = await store.compact('c');
      expect(result).toMatchObject({ rowsBefore: 31, rowsAfter: 1 });
      const after = await store.load('c');
      expect(after.updates).toHaveLength(1);
      expect(contentOf(after.updates)).toEqual(before);
      expect((await store.load('a')).updates).toHaveLength(2);
      // Rows written after a compaction are kept and fold in next time.
      await store.append([
        { room: 'c', update: edit(doc, (d) => d.getArray('list').push(['late'])) },
      ]);
      expect((await store.load('c')).updates).toHaveLength(2);
      expect((await store.compact('c')).rowsAfter).toBe(1);
      expect(contentOf((await store.load('c')).updates).list.at(-1)).toBe('late');
    });

    it('never folds the same rows twice when two compactions race', async () => {
      const doc = new Y.Doc();
      for (let i = 0; i < 20; i++) {
        await store.append([
          { room: 'race', update: edit(doc, (d) => d.getText('text').insert(0, `${i},`)) },
        ]);
      }
      const expected = contentOf((await store.load('race')).updates);
      const results = await Promise.all([
        store.compact('race'),
        store.compact('race'),
        store.compact('race'),
      ]);
      expect(results.filter((result) => result.rowsBefore === 20)).toHaveLength(1);
      const after = await store.load('race');
      expect(after.updates).toHaveLength(1);
      expect(contentOf(after.updates)).toEqual(expected);
    });

    it('keeps link generations per room', async () => {
      expect(await store.readAccess('board')).toBeNull();
      expect(await store.createAccess('board')).toBe(true);
      expect(await store.createAccess('board')).toBe(false);
      expect(await store.readAccess('board')).toEqual({
        room: 'board',
        editGeneration: 0,
        viewGeneration: 0,
      });
      expect(await store.rotateLink('board', 'view')).toEqual({
        room: 'board',
        editGeneration: 0,
        viewGeneration: 1,
      });
      expect(await store.rotateLink('board', 'edit')).toEqual({
        room: 'board',
        editGeneration: 1,
        viewGeneration: 1,
      });
      expect(await store.rotateLink('missing', 'edit')).toBeNull();
    });

    it('has one part per concern, on the same storage as the store itself', async () => {
      const doc = new Y.Doc();
      const update = edit(doc, (d) => d.getText('text').insert(0, 'through the part'));
      await store.documents.append([{ room: 'parts', update }]);
      expect(contentOf((await store.load('parts')).updates).text).toBe('through the part');
      expect(await store.accessRecords.createAccess('parts')).toBe(true);
      expect(await store.readAccess('parts')).toMatchObject({ room: 'parts', editGeneration: 0 });
    });

    const version = (
      room: string,
      id: string,
      createdAt: number,
      kind: VersionKind,
      state: Uint8Array,
      name?: string,
    ): StoredVersion => ({
      id,
      room,
      createdAt,
      kind,
      ...(name !== undefined && { name }),
      authors: [{ name: 'Ada', color: '#f00' }],
      shapes: 3,
      bytes: state.byteLength,
      state,
    });

    it('saves versions, lists them newest first without states, and gets one whole', async () => {
      const doc = new Y.Doc();
      doc.getText('text').insert(0, 'first');
      const first = Y.encodeStateAsUpdate(doc);
      doc.getText('text').insert(5, ' second');
      const second = Y.encodeStateAsUpdate(doc);
      await store.versions.saveVersion(version('v-room', 'v1', 1_000, 'auto', first));
      await store.versions.saveVersion(version('v-room', 'v2', 2_000, 'named', second, 'Before'));
      // Same time: the later save is the newer one.
      await store.versions.saveVersion(version('v-room', 'v3', 2_000, 'protective', second));
      await store.versions.saveVersion(version('other', 'v4', 3_000, 'auto', first));
      const list = await store.versions.listVersions('v-room', 10);
      expect(list.map((v) => v.id)).toEqual(['v3', 'v2', 'v1']);
      expect(list[1]).toEqual({
        id: 'v2',
        room: 'v-room',
        createdAt: 2_000,
        kind: 'named',
        name: 'Before',
        authors: [{ name: 'Ada', color: '#f00' }],
        shapes: 3,
        bytes: second.byteLength,
      });
      expect(list[0]).not.toHaveProperty('name');
      expect(list[0]).not.toHaveProperty('state');
      expect((await store.versions.listVersions('v-room', 2)).map((v) => v.id)).toEqual([
        'v3',
        'v2',
      ]);
      const got = await store.versions.getVersion('v-room', 'v2');
      expect(got?.state).toEqual(second);
      expect(await store.versions.getVersion('other', 'v2')).toBeNull();
      expect(await store.versions.getVersion('v-room', 'nope')).toBeNull();
    });

    it('deletes versions by id within a room, and expires every unnamed one past a time', async () => {
      const state = Y.encodeStateAsUpdate(new Y.Doc());
      for (const [id, at, kind] of [
        ['e1', 100, 'auto'],
        ['e2', 200, 'named'],
        ['e3', 300, 'restore'],
        ['e4', 400, 'protective'],
        ['e5', 900, 'auto'],
      ] as const) {
        await store.versions.saveVersion(version('expiry', id, at, kind, state));
      }
      await store.versions.saveVersion(version('expiry-2', 'f1', 100, 'auto', state));
      expect(await store.versions.deleteVersions('expiry', ['e5', 'f1', 'missing'])).toBe(1);
      expect(await store.versions.getVersion('expiry-2', 'f1')).not.toBeNull();
      expect(await store.versions.expireVersions(500)).toBeGreaterThanOrEqual(4);
      expect((await store.versions.listVersions('expiry', 10)).map((v) => v.id)).toEqual(['e2']);
      expect(await store.versions.listVersions('expiry-2', 10)).toEqual([]);
      await store.versions.saveVersion(version('thin-a', 'g1', 51_000, 'auto', state));
      await store.versions.saveVersion(version('thin-a', 'g2', 51_001, 'auto', state));
      await store.versions.saveVersion(version('thin-b', 'g3', 52_000, 'auto', state));
      await store.versions.saveVersion(version('thin-c', 'g4', 51_500, 'named', state));
      expect((await store.versions.roomsWithAutoVersions(51_000, 52_001, 10)).sort()).toEqual([
        'thin-a',
        'thin-b',
      ]);
      expect(await store.versions.roomsWithAutoVersions(51_002, 52_000, 10)).toEqual([]);
      expect(await store.versions.roomsWithAutoVersions(51_000, 60_000, 1)).toHaveLength(1);
    });

    it('keeps what a version needs through compaction: a version restores after the log is folded', async () => {
      const doc = new Y.Doc();
      const shapes = doc.getMap<string>('shapes');
      for (let i = 0; i < 20; i++)
        await store.append([{ room: 'kept', update: edit(doc, () => shapes.set(`s${i}`, 'x')) }]);
      await store.versions.saveVersion(
        version('kept', 'k1', 1, 'named', Y.encodeStateAsUpdate(doc), 'All twenty'),
      );
      await store.append([
        {
          room: 'kept',
          update: edit(doc, (d) =>
            d.transact(() => [...shapes.keys()].forEach((k) => shapes.delete(k))),
          ),
        },
      ]);
      expect((await store.compact('kept')).rowsAfter).toBe(1);
      const fresh = new Y.Doc();
      Y.applyUpdate(fresh, (await store.versions.getVersion('kept', 'k1'))!.state);
      expect(fresh.getMap('shapes').size).toBe(20);
      const live = new Y.Doc();
      (await store.load('kept')).updates.forEach((u) => Y.applyUpdate(live, u));
      expect(live.getMap('shapes').size).toBe(0);
    });

    it("keeps the owner's history setting per room, viewers allowed by default", async () => {
      expect(await store.versions.historyForViewers('settings')).toBe(true);
      await store.versions.setHistoryForViewers('settings', false);
      expect(await store.versions.historyForViewers('settings')).toBe(false);
      expect(await store.versions.historyForViewers('settings-2')).toBe(true);
      await store.versions.setHistoryForViewers('settings', true);
      expect(await store.versions.historyForViewers('settings')).toBe(true);
    });

    assetContract(() => store);
  });
}
