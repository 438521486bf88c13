import { SignJWT, jwtVerify } from 'jose';
import { Role } from './roles.ts';

export interface TokenClaims {
  room: string;
  role: Role;
  generation: number;
}

const roles = new Set<string>(Object.values(Role));

/** Signs and checks board tokens: HS256 JWTs whose subject is the room. */
export class TokenSigner {
  constructor(private readonly secret: Uint8Array) {}

  sign({ room, role, generation }: TokenClaims): Promise<string> {
    // No issue time: the same link always signs to the same string, so links stay stable.
    return new SignJWT({ role, gen: generation })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(room)
      .sign(this.secret);
  }

  /** The claims of a valid token for `room`, or null for anything else. */
  async verify(token: string, room: string): Promise<TokenClaims | null> {
    if (token.length > 2048) return null;
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        subject: room,
      });
      const { role, gen } = payload as { role?: unknown; gen?: unknown };
      if (typeof role !== 'string' || !roles.has(role)) return null;
      if (typeof gen !== 'number' || !Number.isInteger(gen) || gen < 0) return null;
      return { room, role: role as Role, generation: gen };
    } catch {
      return null;
    }
  }
}
