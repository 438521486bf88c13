import { describe, expect, it } from 'vitest';
import { TokenSigner } from './tokens.ts';

const signer = new TokenSigner(new TextEncoder().encode('a test secret of more than 32 chars'));

describe('TokenSigner', () => {
  it('signs the same link to the same string and reads it back for its room only', async () => {
    const claims = { room: 'board-1', role: 'editor' as const, generation: 3 };
    const token = await signer.sign(claims);
    expect(await signer.sign(claims)).toBe(token);
    expect(await signer.verify(token, 'board-1')).toEqual(claims);
    expect(await signer.verify(token, 'board-2')).toBeNull();
  });

  it('refuses tokens signed with another key, tampered with, or not tokens at all', async () => {
    const other = new TokenSigner(new TextEncoder().encode('another secret, also long enough!!'));
    const foreign = await other.sign({ room: 'r', role: 'owner', generation: 0 });
    expect(await signer.verify(foreign, 'r')).toBeNull();
    const [header, , signature] = (
      await signer.sign({ room: 'r', role: 'viewer', generation: 0 })
    ).split('.');
    const forged = Buffer.from(JSON.stringify({ role: 'owner', gen: 0, sub: 'r' })).toString(
      'base64url',
    );
    expect(await signer.verify(`${header}.${forged}.${signature}`, 'r')).toBeNull();
    expect(await signer.verify('nonsense', 'r')).toBeNull();
    expect(await signer.verify('x'.repeat(5000), 'r')).toBeNull();
  });
});
