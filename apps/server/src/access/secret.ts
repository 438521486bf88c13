import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const secretFile = 'auth-secret';

/**
 * The key that signs board links: AUTH_SECRET when set, otherwise a random key created once
 * and kept in the data directory, so links survive restarts.
 */
export function loadSecret(authSecret: string | undefined, dataDir: string): Uint8Array {
  if (authSecret) return new TextEncoder().encode(authSecret);
  const file = join(dataDir, secretFile);
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600, flag: 'wx' });
    } catch (error) {
      // Another process sharing the data directory wrote it first; use theirs.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return new TextEncoder().encode(readFileSync(file, 'utf8').trim());
}
