import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LONG_PRESS_MS, LongPress } from './long-press.ts';

describe('LongPress', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  const watch = () => {
    const fired: { x: number; y: number }[] = [];
    const press = new LongPress({ onLongPress: (at) => fired.push(at) });
    return { press, fired };
  };

  it('fires once, where the finger went down, after resting for the delay', () => {
    const { press, fired } = watch();
    press.start({ x: 100, y: 200 });
    press.move({ x: 104, y: 203 });
    vi.advanceTimersByTime(LONG_PRESS_MS - 1);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([{ x: 100, y: 200 }]);
    expect(press.pending).toBe(false);
    vi.advanceTimersByTime(LONG_PRESS_MS * 2);
    expect(fired).toHaveLength(1);
  });

  it('is called off by moving past the slop, lifting, or cancelling', () => {
    const { press, fired } = watch();
    press.start({ x: 0, y: 0 });
    press.move({ x: 9, y: 0 });
    vi.advanceTimersByTime(LONG_PRESS_MS);
    press.start({ x: 0, y: 0 });
    vi.advanceTimersByTime(LONG_PRESS_MS / 2);
    press.cancel();
    vi.advanceTimersByTime(LONG_PRESS_MS);
    expect(fired).toEqual([]);
  });

  it('starts over when a new touch begins', () => {
    const { press, fired } = watch();
    press.start({ x: 0, y: 0 });
    vi.advanceTimersByTime(LONG_PRESS_MS - 100);
    press.start({ x: 50, y: 50 });
    vi.advanceTimersByTime(LONG_PRESS_MS - 1);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([{ x: 50, y: 50 }]);
  });
});
