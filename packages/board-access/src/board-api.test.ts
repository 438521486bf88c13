import { describe, expect, it } from 'vitest';
import { boardApiPaths, boardLinksOf, isCreatedBoard } from './board-api.ts';

describe('board API', () => {
  it('paths escape the room id', () => {
    expect(boardApiPaths.links('a/b c')).toBe('/api/boards/a%2Fb%20c/links');
    expect(boardApiPaths.rotate('r1', 'view')).toBe('/api/boards/r1/links/view/rotate');
    expect(boardApiPaths.versions('a/b')).toBe('/api/boards/a%2Fb/versions');
    expect(boardApiPaths.restore('r1', 'v 1')).toBe('/api/boards/r1/versions/v%201/restore');
  });

  it('links keep only string tokens', () => {
    expect(boardLinksOf({ edit: 'e', view: 'v', extra: 1 })).toEqual({ edit: 'e', view: 'v' });
    expect(boardLinksOf({ edit: 7, view: 'v' })).toEqual({ view: 'v' });
    expect(boardLinksOf({})).toEqual({});
    expect(boardLinksOf(null)).toBeNull();
  });

  it('a created board has both links', () => {
    const board = { roomId: 'r', ownerToken: 't', links: { edit: 'e', view: 'v' } };
    expect(isCreatedBoard(board)).toBe(true);
    expect(isCreatedBoard({ ...board, links: { edit: 'e' } })).toBe(false);
    expect(isCreatedBoard({ ...board, ownerToken: null })).toBe(false);
    expect(isCreatedBoard('r')).toBe(false);
  });
});
