import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** An asset id: the sha256 of the file's bytes, as the server names it. */
export const ASSET_ID_PATTERN = /^sha256:[0-9a-f]{64}$/;

export function isAssetId(value: unknown): value is string {
  return typeof value === 'string' && ASSET_ID_PATTERN.test(value);
}

/**
 * The content id of some bytes. crypto.subtle is faster but only exists in secure contexts
 * (https, localhost); a board opened over plain http on a LAN address hashes in JavaScript.
 */
export async function assetIdOf(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const subtle = globalThis.crypto?.subtle;
  if (subtle) {
    const digest = await subtle.digest('SHA-256', bytes);
    return `sha256:${bytesToHex(new Uint8Array(digest))}`;
  }
  return `sha256:${bytesToHex(sha256(bytes))}`;
}
