import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { LASER_POINT_LIMIT, laserState, parseLaser } from './laser.ts';
import { PUBLISHED_SELECTION_LIMIT, readPresence, setLocalPresence } from './presence.ts';

const valid = { stroke: 3, count: 5, points: [0, 0, 10, 5, 20, 10] };

describe('parseLaser', () => {
  it('reads a well-formed laser field', () => {
    expect(parseLaser(valid)).toEqual(valid);
    expect(parseLaser(undefined)).toBeNull();
    expect(parseLaser(null)).toBeNull();
  });

  it('refuses malformed fields', () => {
    const garbage: unknown[] = [
      'laser',
      [1, 2],
      { ...valid, stroke: -1 },
      { ...valid, stroke: 1.5 },
      { ...valid, stroke: '3' },
      { ...valid, count: Number.NaN },
      { ...valid, count: 2 ** 40 },
      { ...valid, points: 'a' },
      { ...valid, points: [1, 2, 3] },
      { ...valid, points: [0, Number.POSITIVE_INFINITY] },
      { ...valid, points: [0, Number.NaN] },
      { ...valid, points: [0, 1e12] },
      { ...valid, points: [0, '1'] },
      { ...valid, points: [0, [1]] },
      // More points on hand than the stroke says it ever had.
      { ...valid, count: 1 },
    ];
    for (const value of garbage) expect(parseLaser(value), JSON.stringify(value)).toBeNull();
  });

  it('keeps only the last LASER_POINT_LIMIT points of a hostile list, without walking all of it', () => {
    const huge = Array.from({ length: 2_000_000 }, (_, i) => i % 1000);
    // Garbage far back in the list is never looked at: only the last points count.
    huge[0] = Number.NaN;
    const laser = parseLaser({ stroke: 1, count: 1_000_000, points: huge });
    expect(laser?.points).toHaveLength(LASER_POINT_LIMIT * 2);
    expect(laser?.points).toEqual(huge.slice(-LASER_POINT_LIMIT * 2));
  });
});

describe('laser in presence', () => {
  it('a malformed laser loses only the laser, not the person', () => {
    const state = {
      user: { name: 'Mallory', color: '#e03131' },
      cursor: { x: 1, y: 2 },
      laser: { stroke: 1, count: 1, points: [Number.NaN, 0] },
    };
    const peer = readPresence(new Map([[7, state]])).get(7);
    expect(peer?.cursor).toEqual({ x: 1, y: 2 });
    expect(peer?.laser).toBeNull();
  });

  it("the fullest state (long name, most selected ids, a full laser) stays under the server's 8 KiB", () => {
    const local = new Awareness(new Y.Doc());
    try {
      const ids = Array.from({ length: 10_000 }, (_, i) => `shape:${String(i).padStart(21, 'x')}`);
      const far = Array.from({ length: 500 }, (_, i) => -1234567.891 - i);
      setLocalPresence(local, {
        user: { name: 'n'.repeat(64), color: '#123456' },
        cursor: { x: -1234567.8, y: -1234567.8 },
        selection: ids,
        laser: laserState(2 ** 31 - 1, 10 ** 9, far),
      });
      const state = local.getLocalState();
      expect((state?.selection as string[]).length).toBe(PUBLISHED_SELECTION_LIMIT);
      expect((state?.laser as { points: number[] }).points).toHaveLength(LASER_POINT_LIMIT * 2);
      expect(new TextEncoder().encode(JSON.stringify(state)).byteLength).toBeLessThan(8 * 1024);
      // And a peer reads back what was published.
      expect(readPresence(local.getStates()).get(local.clientID)?.laser).toEqual(state?.laser);
    } finally {
      local.destroy();
    }
  });
});
