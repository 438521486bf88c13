import { describe, expect, it } from 'vitest';
import { tokenClaimsOf, tokenPayloadOf } from './token-claims.ts';

describe('token claims', () => {
  it('read back from the payload they are signed as', () => {
    const claims = { room: 'board-42', role: 'viewer', generation: 3 } as const;
    expect(tokenPayloadOf(claims)).toEqual({ sub: 'board-42', role: 'viewer', gen: 3 });
    expect(tokenClaimsOf(tokenPayloadOf(claims))).toEqual(claims);
  });

  it.each([
    ['no object', 'owner'],
    ['an array', ['owner']],
    ['no subject', { role: 'owner', gen: 0 }],
    ['an unknown role', { sub: 'r', role: 'admin', gen: 0 }],
    ['no generation', { sub: 'r', role: 'editor' }],
    ['a negative generation', { sub: 'r', role: 'editor', gen: -1 }],
    ['a fractional generation', { sub: 'r', role: 'editor', gen: 1.5 }],
    ['a generation as text', { sub: 'r', role: 'editor', gen: '1' }],
  ])('are null for %s', (_name, payload) => {
    expect(tokenClaimsOf(payload)).toBeNull();
  });
});
