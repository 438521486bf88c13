import { describe, expect, it } from 'vitest';
import { boardPath, parseRoute } from './router.ts';

describe('parseRoute', () => {
  it('maps / to the home page', () => {
    expect(parseRoute('/')).toEqual({ name: 'home' });
  });

  it('maps /r/<id> to that board, with or without a trailing slash', () => {
    expect(parseRoute('/r/abc_DEF-123')).toEqual({
      name: 'board',
      roomId: 'abc_DEF-123',
      token: null,
    });
    expect(parseRoute('/r/abc/')).toEqual({ name: 'board', roomId: 'abc', token: null });
  });

  it('reads the link token from the query', () => {
    expect(parseRoute('/r/abc?token=t.k.n')).toEqual({
      name: 'board',
      roomId: 'abc',
      token: 't.k.n',
    });
    expect(parseRoute('/r/abc?token=')).toEqual({ name: 'board', roomId: 'abc', token: null });
  });

  it('refuses room ids that are not base64url', () => {
    expect(parseRoute('/r/a%2Fb')).toEqual({ name: 'not-found' });
    expect(parseRoute('/r/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute('/r/')).toEqual({ name: 'not-found' });
    expect(parseRoute('/r/a/b')).toEqual({ name: 'not-found' });
    expect(parseRoute('/elsewhere')).toEqual({ name: 'not-found' });
  });

  it('round-trips through boardPath', () => {
    expect(parseRoute(boardPath('xyz'))).toEqual({ name: 'board', roomId: 'xyz', token: null });
    expect(parseRoute(boardPath('xyz', 'a+b/c'))).toEqual({
      name: 'board',
      roomId: 'xyz',
      token: 'a+b/c',
    });
  });
});
