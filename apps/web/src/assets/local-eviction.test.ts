import { describe, expect, it } from 'vitest';
import { filesToEvict } from './local-eviction.ts';

const entry = (id: string, usedAt: number, bytes = 10) => ({ id, usedAt, bytes });
const limits = { files: 2, bytes: 100 };

describe('filesToEvict', () => {
  it('keeps everything within the limits', () => {
    expect(filesToEvict([entry('a', 1), entry('b', 2)], new Set(), limits)).toEqual([]);
  });

  it('drops the least recently used past the count', () => {
    const entries = [entry('new', 30), entry('old', 10), entry('mid', 20), entry('newest', 40)];
    expect(filesToEvict(entries, new Set(), limits)).toEqual(['old', 'mid']);
  });

  it('drops by bytes too, and never a file still owed to a board', () => {
    const entries = [entry('owed', 1, 90), entry('a', 2, 50), entry('b', 3, 5)];
    expect(filesToEvict(entries, new Set(['owed']), limits)).toEqual(['a']);
  });
});
