import { describe, expect, it } from 'vitest';
import { timeAgo } from './relative-time.ts';

const minute = 60_000;
const now = Date.UTC(2025, 5, 1, 12);

describe('timeAgo', () => {
  it('calls the last minute "just now", also for clocks slightly ahead', () => {
    expect(timeAgo(now - 20_000, now, 'en')).toBe('just now');
    expect(timeAgo(now + 5_000, now, 'en')).toBe('just now');
  });

  it('uses the largest whole unit', () => {
    expect(timeAgo(now - 5 * minute, now, 'en')).toBe('5 minutes ago');
    expect(timeAgo(now - 90 * minute, now, 'en')).toBe('1 hour ago');
    expect(timeAgo(now - 24 * 60 * minute, now, 'en')).toBe('yesterday');
    expect(timeAgo(now - 15 * 24 * 60 * minute, now, 'en')).toBe('2 weeks ago');
  });
});
