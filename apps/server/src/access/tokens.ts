import { tokenClaimsOf, tokenPayloadOf, type TokenClaims } from '@sketchroom/board-access';
import { SignJWT, jwtVerify } from 'jose';

export type { TokenClaims };

/** Signs and checks board tokens: HS256 JWTs whose subject is the room. */
export class TokenSigner {
  constructor(private readonly secret: Uint8Array) {}

  sign(claims: TokenClaims): Promise<string> {
    // No issue time: the same link always signs to the same string, so links stay stable.
    const { sub, ...rest } = tokenPayloadOf(claims);
    return new SignJWT(rest).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).sign(this.secret);
  }

  /** The claims of a valid token for `room`, or null for anything else. */
  async verify(token: string, room: string): Promise<TokenClaims | null> {
    if (token.length > 2048) return null;
    try {
      const { payload } = await jwtVerify(token, this.secret, {
        algorithms: ['HS256'],
        subject: room,
      });
      return tokenClaimsOf(payload);
    } catch {
      return null;
    }
  }
}
