import { isGroupId } from './validate-relations.ts';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A new `group:<random>` id: 21 url-safe symbols, like shape ids. */
export function createGroupId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(21));
  let id = 'group:';
  for (const byte of bytes) id += ALPHABET[byte & 63];
  return id;
}

export { isGroupId };
