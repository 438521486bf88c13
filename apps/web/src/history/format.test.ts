import type { VersionSummary } from '@sketchroom/board-access';
import { describe, expect, it } from 'vitest';
import { relativeTime, shapeCountLabel, versionNameOf, versionTitle } from './format.ts';

const now = Date.UTC(2026, 10, 29, 12);
const minute = 60_000;

describe('history list formatting', () => {
  it('says how long ago, roughly', () => {
    expect(relativeTime(now - 10_000, now)).toBe('just now');
    expect(relativeTime(now + 5 * minute, now)).toBe('just now');
    expect(relativeTime(now - 5 * minute, now)).toBe('5 min ago');
    expect(relativeTime(now - 3 * 60 * minute, now)).toBe('3 h ago');
    expect(relativeTime(now - 24 * 60 * minute, now)).toBe('yesterday');
    expect(relativeTime(now - 5 * 24 * 60 * minute, now)).toBe('5 days ago');
  });

  it('titles a version by its name, else by kind and time', () => {
    const base: VersionSummary = {
      id: 'v1',
      createdAt: now - 2 * minute,
      kind: 'auto',
      authors: [],
      shapes: 1,
    };
    expect(versionTitle(base, now)).toBe('Autosave · 2 min ago');
    expect(versionTitle({ ...base, kind: 'protective' }, now)).toBe(
      'Before a large delete · 2 min ago',
    );
    expect(versionTitle({ ...base, kind: 'named', name: 'Before cleanup' }, now)).toBe(
      'Before cleanup',
    );
    expect(shapeCountLabel(1)).toBe('1 shape');
    expect(shapeCountLabel(0)).toBe('0 shapes');
  });

  it('accepts names of 1 to 100 characters after trimming', () => {
    expect(versionNameOf('  Before cleanup ')).toBe('Before cleanup');
    expect(versionNameOf('   ')).toBeNull();
    expect(versionNameOf('x'.repeat(100))).toHaveLength(100);
    expect(versionNameOf('x'.repeat(101))).toBeNull();
  });
});
