import { describe, expect, it } from 'vitest';
import {
  bringForward,
  bringToFront,
  compareByIndex,
  indexAbove,
  indexBelow,
  indexesAbove,
  isValidIndex,
  sendBackward,
  sendToBack,
  sortByIndex,
  type IndexChange,
  type Indexed,
} from './z-order.ts';

const stack: Indexed[] = [
  { id: 'c', index: 'a2' },
  { id: 'a', index: 'a0' },
  { id: 'd', index: 'a3' },
  { id: 'b', index: 'a1' },
];

/** The bottom-to-top ids after applying index changes. */
function orderAfter(items: readonly Indexed[], changes: IndexChange[]): string[] {
  const next = new Map(changes.map((c) => [c.id, c.index]));
  const applied = items.map((item) => ({ id: item.id, index: next.get(item.id) ?? item.index }));
  return sortByIndex(applied).map((item) => item.id);
}

describe('ordering', () => {
  it('sorts by index, then by id for equal indexes', () => {
    expect(sortByIndex(stack).map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    const tied = [
      { id: 'y', index: 'a0' },
      { id: 'x', index: 'a0' },
    ];
    expect(sortByIndex(tied).map((s) => s.id)).toEqual(['x', 'y']);
    expect(compareByIndex(tied[0], tied[0])).toBe(0);
  });

  it('makes indexes above and below everything', () => {
    expect(indexAbove(stack) > 'a3').toBe(true);
    expect(indexBelow(stack) < 'a0').toBe(true);
    expect(indexAbove([])).toBe('a0');
    const above = indexesAbove(stack, 3);
    expect(above).toHaveLength(3);
    expect(above[0] > 'a3' && above[0] < above[1] && above[1] < above[2]).toBe(true);
  });

  it('validates index keys', () => {
    expect(isValidIndex('a0')).toBe(true);
    expect(isValidIndex('a0V')).toBe(true);
    expect(isValidIndex('')).toBe(false);
    expect(isValidIndex('a00')).toBe(false); // trailing zero
    expect(isValidIndex('b1')).toBe(false); // integer part too short
    expect(isValidIndex('a 1')).toBe(false);
  });
});

describe('bringToFront and sendToBack', () => {
  it('moves the selection to the top, keeping its own order', () => {
    const changes = bringToFront(stack, ['b', 'a']);
    expect(orderAfter(stack, changes)).toEqual(['c', 'd', 'a', 'b']);
    expect(changes.map((c) => c.id).sort()).toEqual(['a', 'b']);
  });

  it('moves the selection to the bottom', () => {
    expect(orderAfter(stack, sendToBack(stack, ['d', 'c']))).toEqual(['c', 'd', 'a', 'b']);
  });

  it('changes nothing when already in place', () => {
    expect(bringToFront(stack, ['d'])).toEqual([]);
    expect(sendToBack(stack, ['a', 'b'])).toEqual([]);
  });

  it('ignores ids that are not in the list', () => {
    expect(bringToFront(stack, ['zzz'])).toEqual([]);
  });
});

describe('bringForward and sendBackward', () => {
  it('moves one place up past the next unselected item', () => {
    expect(orderAfter(stack, bringForward(stack, ['a']))).toEqual(['b', 'a', 'c', 'd']);
  });

  it('moves a run of selected items up together', () => {
    expect(orderAfter(stack, bringForward(stack, ['a', 'b']))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('moves one place down', () => {
    expect(orderAfter(stack, sendBackward(stack, ['c']))).toEqual(['a', 'c', 'b', 'd']);
    expect(orderAfter(stack, sendBackward(stack, ['b', 'd']))).toEqual(['b', 'a', 'd', 'c']);
  });

  it('does nothing at the ends', () => {
    expect(bringForward(stack, ['d'])).toEqual([]);
    expect(sendBackward(stack, ['a'])).toEqual([]);
  });
});

describe('duplicate indexes from concurrent edits', () => {
  // Two clients added a shape on top at the same moment and picked the same key.
  const tied: Indexed[] = [
    { id: 'p', index: 'a0' },
    { id: 'q', index: 'a1' },
    { id: 'r', index: 'a1' },
  ];

  it('re-keys a tied neighbour when there is no room between the pair', () => {
    const changes = bringForward(tied, ['p']);
    expect(orderAfter(tied, changes)).toEqual(['q', 'p', 'r']);
    const indexes = new Map(changes.map((c) => [c.id, c.index]));
    expect(indexes.has('r')).toBe(true);
  });

  it('still orders every move correctly', () => {
    expect(orderAfter(tied, sendBackward(tied, ['r']))).toEqual(['p', 'r', 'q']);
    expect(orderAfter(tied, sendToBack(tied, ['r']))).toEqual(['r', 'p', 'q']);
  });
});
