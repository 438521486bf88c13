import { describe, expect, it } from 'vitest';
import { readClaims, roleOfToken } from './board-tokens.ts';

/** An unsigned JWT-shaped token: only the payload matters to the client. */
function fakeToken(claims: object): string {
  const encode = (value: object) =>
    btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${encode({ alg: 'HS256' })}.${encode(claims)}.signature`;
}

describe('roleOfToken', () => {
  it('reads the role claim', () => {
    expect(roleOfToken(fakeToken({ sub: 'room', role: 'owner', gen: 0 }))).toBe('owner');
    expect(roleOfToken(fakeToken({ sub: 'room', role: 'viewer', gen: 3 }))).toBe('viewer');
  });

  it('copes with base64url characters in the payload', () => {
    // '???' encodes with a '/', which base64url writes as '_'.
    expect(roleOfToken(fakeToken({ role: 'editor', gen: 1, sub: '???' }))).toBe('editor');
  });

  it('gives null for anything that is not a board token', () => {
    expect(roleOfToken('not-a-token')).toBeNull();
    expect(roleOfToken('a.%%%.c')).toBeNull();
    expect(roleOfToken(fakeToken({ sub: 'room', role: 'admin', gen: 0 }))).toBeNull();
    expect(roleOfToken(fakeToken({ sub: 'room', role: 'editor' }))).toBeNull();
    expect(roleOfToken(fakeToken({ role: 'editor', gen: 0 }))).toBeNull();
    expect(roleOfToken(fakeToken([1, 2]))).toBeNull();
  });
});

describe('readClaims', () => {
  it('reads the room and the link generation beside the role', () => {
    expect(readClaims(fakeToken({ role: 'editor', gen: 4, sub: 'room' }))).toEqual({
      room: 'room',
      role: 'editor',
      generation: 4,
    });
  });
});
