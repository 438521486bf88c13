import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { diffText, replaceText } from './text-diff.ts';

function apply(before: string, after: string): string {
  const { index, deleteCount, insert } = diffText(before, after);
  return before.slice(0, index) + insert + before.slice(index + deleteCount);
}

describe('diffText', () => {
  it('replaces only the changed middle', () => {
    expect(diffText('hello world', 'hello brave world')).toEqual({
      index: 6,
      deleteCount: 0,
      insert: 'brave ',
    });
    expect(diffText('abcdef', 'abXdef')).toEqual({ index: 2, deleteCount: 1, insert: 'X' });
    expect(diffText('same', 'same')).toEqual({ index: 4, deleteCount: 0, insert: '' });
  });

  it('handles repeated characters without overlapping prefix and suffix', () => {
    expect(apply('aaa', 'aa')).toBe('aa');
    expect(apply('aa', 'aaaa')).toBe('aaaa');
    expect(apply('', 'new')).toBe('new');
    expect(apply('old', '')).toBe('');
  });

  it('never splits a surrogate pair', () => {
    // 😀 and 😃 share their high surrogate; the splice must take both halves.
    const splice = diffText('a😀b', 'a😃b');
    expect(splice).toEqual({ index: 1, deleteCount: 2, insert: '😃' });
    expect(apply('😀x', '😀😀x')).toBe('😀😀x');
  });
});

describe('replaceText', () => {
  it("keeps a peer's concurrent typing in another part of the text", () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.getText('t').insert(0, 'hello world');
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    replaceText(a.getText('t'), 'hello brave world');
    b.getText('t').insert(11, '!');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(a.getText('t').toString()).toBe('hello brave world!');
    expect(b.getText('t').toString()).toBe('hello brave world!');
  });
});
