import { Role, tokenClaimsOf, type TokenClaims } from '@sketchroom/board-access';
import { isRecord, readStored, writeStored } from '../app/local-store.ts';

/** The tokens this browser holds for one board, by role. */
export type BoardTokens = Readonly<Partial<Record<Role, string>>>;

const storageKey = 'sketchroom:board-tokens';
type TokenTable = Record<string, BoardTokens>;

function parseTable(raw: unknown): TokenTable | null {
  if (!isRecord(raw)) return null;
  const table: TokenTable = {};
  for (const [roomId, tokens] of Object.entries(raw)) {
    if (!isRecord(tokens)) continue;
    const kept: Record<string, string> = {};
    for (const role of Object.values(Role)) {
      const token = tokens[role];
      if (typeof token === 'string') kept[role] = token;
    }
    table[roomId] = kept;
  }
  return table;
}

export function tokensFor(roomId: string): BoardTokens {
  return readStored(storageKey, parseTable)?.[roomId] ?? {};
}

/**
 * Keeps the given tokens for this board. A token of a newer link generation replaces the
 * one of its role; a re-signed token of the same generation does not, so links stay stable,
 * and an old link opened again does not displace the current one.
 */
export function rememberTokens(roomId: string, tokens: readonly string[]): void {
  const table = readStored(storageKey, parseTable) ?? {};
  const next: Record<string, string> = { ...table[roomId] };
  for (const token of tokens) {
    const claims = readClaims(token);
    if (!claims) continue;
    const held = next[claims.role];
    const heldGeneration = held ? (readClaims(held)?.generation ?? -1) : -1;
    if (claims.generation > heldGeneration) next[claims.role] = token;
  }
  writeStored(storageKey, { ...table, [roomId]: next });
}

export function roleOfToken(token: string): Role | null {
  return readClaims(token)?.role ?? null;
}

/**
 * Reads the claims of a board token (a JWT) without checking its signature: the server does
 * that. Null if unreadable.
 */
export function readClaims(token: string): TokenClaims | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    return tokenClaimsOf(JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))));
  } catch {
    return null;
  }
}
