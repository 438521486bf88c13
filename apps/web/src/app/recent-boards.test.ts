import { describe, expect, it } from 'vitest';
import { maxRecentBoards, withBoard, type RecentBoard } from './recent-boards.ts';

const board = (id: string, lastOpened: number, title = ''): RecentBoard => ({
  id,
  title,
  lastOpened,
});

describe('withBoard', () => {
  it('puts a newly opened board first', () => {
    const boards = withBoard([board('a', 10), board('b', 5)], 'c', { lastOpened: 20 });
    expect(boards.map((b) => b.id)).toEqual(['c', 'a', 'b']);
  });

  it('moves a reopened board to the top and keeps its title', () => {
    const boards = withBoard([board('a', 10), board('b', 5, 'Plans')], 'b', { lastOpened: 30 });
    expect(boards).toEqual([board('b', 30, 'Plans'), board('a', 10)]);
  });

  it('renames without reordering', () => {
    const boards = withBoard([board('a', 10), board('b', 5)], 'b', { title: 'Roadmap' });
    expect(boards).toEqual([board('a', 10), board('b', 5, 'Roadmap')]);
  });

  it('keeps only the most recent boards', () => {
    const many = Array.from({ length: maxRecentBoards }, (_, i) => board(`b${i}`, 100 - i));
    const boards = withBoard(many, 'new', { lastOpened: 1000 });
    expect(boards).toHaveLength(maxRecentBoards);
    expect(boards[0]!.id).toBe('new');
    expect(boards.some((b) => b.id === `b${maxRecentBoards - 1}`)).toBe(false);
  });
});
