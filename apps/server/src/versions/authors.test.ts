import { describe, expect, it } from 'vitest';
import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from '../connection.ts';
import { AuthorList, authorOf, MAX_AUTHORS } from './authors.ts';

const awarenessOf = (states: Map<number, unknown>) => ({ getStates: () => states }) as Awareness;
const connectionWith = (...ids: number[]) => ({ clientIds: new Set(ids) }) as Connection;

describe('AuthorList', () => {
  it('records each writer once by name and colour, and starts afresh after a version', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Ada', color: '#f00' } }],
      [2, { user: { name: 'Ada', color: '#f00' } }],
      [3, { user: { name: 'Bo', color: '#00f' } }],
    ]);
    const list = new AuthorList();
    list.noteWriter(awarenessOf(states), connectionWith(1));
    list.noteWriter(awarenessOf(states), connectionWith(2, 3));
    expect(list.take(awarenessOf(states))).toEqual([
      { name: 'Ada', color: '#f00' },
      { name: 'Bo', color: '#00f' },
    ]);
    expect(list.take(awarenessOf(states))).toEqual([]);
  });

  it('looks a writer without presence up again when the version is taken', () => {
    const states = new Map<number, unknown>();
    const list = new AuthorList();
    const early = connectionWith(7);
    list.noteWriter(awarenessOf(states), early);
    states.set(7, { user: { name: 'Cy', color: '#0f0' } });
    expect(list.take(awarenessOf(states))).toEqual([{ name: 'Cy', color: '#0f0' }]);
  });

  it('is bounded: at most 20 authors, names and colours cut, garbage ignored', () => {
    const states = new Map<number, unknown>();
    for (let i = 0; i < 50; i++)
      states.set(i, { user: { name: `${i}`.repeat(100), color: 'c'.repeat(99) } });
    states.set(100, { user: { name: 5, color: '#fff' } });
    states.set(101, 'not a state');
    const list = new AuthorList();
    for (const id of states.keys()) list.noteWriter(awarenessOf(states), connectionWith(id));
    const authors = list.take(awarenessOf(states));
    expect(authors).toHaveLength(MAX_AUTHORS);
    expect(authors.every((a) => a.name.length <= 64 && a.color.length <= 32)).toBe(true);
    expect(authorOf({ user: { name: 5, color: '#fff' } })).toBeNull();
  });
});
