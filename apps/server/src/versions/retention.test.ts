import { describe, expect, it } from 'vitest';
import type { VersionKind } from '../storage/store.ts';
import { DAY_MS, HOUR_MS, versionsToRemove } from './retention.ts';

const now = Date.UTC(2026, 5, 1);
const at = (msAgo: number, kind: VersionKind = 'auto', id = `${kind}-${msAgo}`) => ({
  id,
  createdAt: now - msAgo,
  kind,
});

describe('versionsToRemove', () => {
  it('keeps every version of the last day', () => {
    const versions = Array.from({ length: 288 }, (_, i) => at(i * 5 * 60_000));
    expect(versionsToRemove(versions, now, 90 * DAY_MS)).toEqual([]);
  });

  it('thins automatic versions to one an hour after a day and one a day after a week', () => {
    // Every five minutes from 1 to 3 days ago: 2 days of hours, 12 each.
    const recent = Array.from({ length: 576 }, (_, i) => at(DAY_MS + (i + 1) * 5 * 60_000));
    const kept = (versions: ReturnType<typeof at>[]) => {
      const removed = new Set(versionsToRemove(versions, now, 90 * DAY_MS));
      return versions.filter((v) => !removed.has(v.id));
    };
    const hourly = kept(recent);
    expect(hourly.length).toBeGreaterThanOrEqual(48);
    expect(hourly.length).toBeLessThanOrEqual(49);
    const hours = new Set(hourly.map((v) => Math.floor(v.createdAt / HOUR_MS)));
    expect(hours.size).toBe(hourly.length);
    // Every hour from 8 to 20 days ago: one per day is left.
    const old = Array.from({ length: 12 * 24 }, (_, i) => at(8 * DAY_MS + i * HOUR_MS));
    const daily = kept(old);
    expect(daily.length).toBeGreaterThanOrEqual(12);
    expect(daily.length).toBeLessThanOrEqual(13);
    // The newest of each bucket stays.
    expect(daily[0]!.createdAt).toBe(Math.max(...old.map((v) => v.createdAt)));
  });

  it('keeps named versions forever and expires the other kinds past the retention', () => {
    const versions = [
      at(400 * DAY_MS, 'named'),
      at(91 * DAY_MS, 'protective'),
      at(91 * DAY_MS, 'restore'),
      at(91 * DAY_MS, 'auto'),
      at(89 * DAY_MS, 'protective'),
      at(89 * DAY_MS, 'restore'),
      at(2 * DAY_MS, 'protective', 'p1'),
      at(2 * DAY_MS + 1, 'protective', 'p2'),
    ];
    expect(versionsToRemove(versions, now, 90 * DAY_MS).sort()).toEqual(
      ['auto-7862400000', 'protective-7862400000', 'restore-7862400000'].sort(),
    );
  });
});
