// What history costs in storage: a 500-shape board edited for an hour of (simulated) activity.
import { BoardDoc } from '@sketchroom/board-yjs';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { versionsToRemove, DAY_MS } from '../src/versions/retention.ts';
import { testShapes } from './helpers/board-shapes.ts';
import { connectSynced, waitFor } from './helpers/clients.ts';
import { withServer } from './helpers/server.ts';

const SECOND = 1000;
const SHAPES = 500;
const EDIT_EVERY = 20 * SECOND;
const HOUR = 3600 * SECOND;

describe('the storage cost of history', () => {
  it('is about one board state per 5 minutes of editing, and one per hour after a day', async () => {
    let clock = Date.UTC(2026, 0, 5, 9);
    const started = clock;
    await withServer({ now: () => clock, versionIntervalSeconds: 300 }, async ({ url, server }) => {
      const client = await connectSynced(url, 'cost');
      client.provider.awareness.setLocalStateField('user', { name: 'Ada', color: '#e03131' });
      const board = new BoardDoc(client.doc);
      board.createShapes(testShapes(SHAPES));
      const room = () => server.rooms.get('cost')!;
      const caughtUp = () =>
        Y.encodeStateVector(room().doc).toString() === Y.encodeStateVector(client.doc).toString();
      const shapes = board.allShapes();
      // Every 20 s, someone moves ten shapes and retypes a note, for an hour.
      for (let step = 1; clock - started < HOUR; step++) {
        clock += EDIT_EVERY;
        const moved = Array.from({ length: 10 }, (_, k) => shapes[(step * 7 + k * 37) % SHAPES]!);
        board.updateShapes(
          moved.map((s) => ({ id: s.id, geom: { x: s.geom.x + step, y: s.geom.y } })),
        );
        board.setText(shapes[(step * 5) % 100]!.id, `note edited at step ${step}`);
        await waitFor(caughtUp, 'the server to have the edit');
      }
      const state = Y.encodeStateAsUpdate(room().doc).byteLength;
      client.destroy();
      await waitFor(() => server.rooms.size === 0, 'the room to unload');

      const versions = await server.store.versions.listVersions('cost', 1_000);
      const versionBytes = versions.reduce((sum, v) => sum + v.bytes, 0);
      const log = await server.store.load('cost');
      const removedAfterADay = new Set(versionsToRemove(versions, clock + 2 * DAY_MS, 90 * DAY_MS));
      const keptBytes = versions
        .filter((v) => !removedAfterADay.has(v.id))
        .reduce((sum, v) => sum + v.bytes, 0);
      const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
      console.log(
        `history of a ${SHAPES}-shape board edited for an hour: ${versions.length} versions, ` +
          `${kib(versionBytes)} (board state ${kib(state)}, update log after compaction ` +
          `${kib(log.bytes)}); after a day ${versions.length - removedAfterADay.size} kept, ` +
          `${kib(keptBytes)}`,
      );
      // Twelve intervals in the hour, plus the version as the room unloads.
      expect(versions.length).toBeGreaterThanOrEqual(12);
      expect(versions.length).toBeLessThanOrEqual(13);
      expect(versions.every((v) => v.kind === 'auto' && v.shapes === SHAPES)).toBe(true);
      // Each version is one whole state: never a growing log.
      for (const v of versions) expect(v.bytes).toBeLessThanOrEqual(state * 1.1);
      expect(versions.length - removedAfterADay.size).toBeLessThanOrEqual(2);
    });
  });
});
