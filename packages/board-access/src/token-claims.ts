import { isRole, type Role } from './roles.ts';

/** What a board token says. A token of an older link generation than the board's is revoked. */
export interface TokenClaims {
  room: string;
  role: Role;
  generation: number;
}

/** The payload of the signed token (an HS256 JWT): the room is its subject. */
export interface TokenPayload {
  sub: string;
  role: Role;
  gen: number;
}

export const tokenPayloadOf = ({ room, role, generation }: TokenClaims): TokenPayload => ({
  sub: room,
  role,
  gen: generation,
});

/**
 * The claims in a token payload, or null when it is not a board token's. Checks the shape
 * only: the server verifies the signature first, the browser only reads its own tokens.
 */
export function tokenClaimsOf(payload: unknown): TokenClaims | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const { sub, role, gen } = payload as Record<string, unknown>;
  if (typeof sub !== 'string' || !isRole(role)) return null;
  if (typeof gen !== 'number' || !Number.isInteger(gen) || gen < 0) return null;
  return { room: sub, role, generation: gen };
}
