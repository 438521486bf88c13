import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { captureLogger } from '../../test/helpers/server.ts';
import { SqliteStore } from '../storage/sqlite-store.ts';
import type { VersionKind } from '../storage/store.ts';
import { DAY_MS, HOUR_MS } from './retention.ts';
import { VersionHistory } from './version-history.ts';

describe('VersionHistory.sweep', () => {
  it('thins boards nobody opens once their automatic versions turn a day and a week old', async () => {
    const store = new SqliteStore(':memory:');
    let clock = Date.UTC(2026, 0, 5, 9);
    const history = new VersionHistory(
      store.versions,
      { intervalMs: 300_000, retentionMs: 90 * DAY_MS, now: () => clock },
      captureLogger().logger,
      () => false,
    );
    const state = Y.encodeStateAsUpdate(new Y.Doc());
    const save = (room: string, id: string, at: number, kind: VersionKind = 'auto') =>
      store.versions.saveVersion({
        id,
        room,
        createdAt: at,
        kind,
        authors: [],
        shapes: 0,
        bytes: state.byteLength,
        state,
      });
    // A day of editing on one board: every 5 minutes for 3 hours, and one named version.
    for (let i = 0; i < 36; i++) await save('idle', `a${i}`, clock + i * 300_000);
    await save('idle', 'named', clock + HOUR_MS, 'named');
    const ids = async () => (await store.versions.listVersions('idle', 100)).length;
    await history.sweep([]);
    expect(await ids()).toBe(37);

    clock += 3 * HOUR_MS + DAY_MS + HOUR_MS;
    await history.sweep([]);
    // One per hour is left (3 hours), and the named one.
    expect(await ids()).toBe(4);

    clock += 7 * DAY_MS;
    await history.sweep([]);
    // One a day after a week: the three hours were one day.
    expect(await ids()).toBe(2);

    clock += 90 * DAY_MS;
    await history.sweep([]);
    expect((await store.versions.listVersions('idle', 100)).map((v) => v.kind)).toEqual(['named']);
    await store.close();
  });
});
