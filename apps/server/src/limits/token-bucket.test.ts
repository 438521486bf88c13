import { describe, expect, it, vi } from 'vitest';
import { TokenBucket } from './token-bucket.ts';

describe('TokenBucket', () => {
  it('allows a burst up to capacity, then refills at the rate', () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    try {
      const bucket = new TokenBucket(10, 5);
      for (let i = 0; i < 5; i++) expect(bucket.take()).toBe(true);
      expect(bucket.take()).toBe(false);
      vi.advanceTimersByTime(250);
      expect(bucket.take(2)).toBe(true);
      expect(bucket.take()).toBe(false);
      vi.advanceTimersByTime(10_000);
      expect(bucket.take(5)).toBe(true);
      expect(bucket.take(1)).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });
});
