import { describe, expect, it } from 'vitest';
import { createRoomId, isValidRoomId, toBase64Url } from './room-id.ts';

describe('createRoomId', () => {
  it('makes 22-character base64url ids', () => {
    const id = createRoomId();
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(isValidRoomId(id)).toBe(true);
  });

  it('never repeats across many ids', () => {
    const ids = new Set(Array.from({ length: 1000 }, () => createRoomId()));
    expect(ids.size).toBe(1000);
  });
});

describe('toBase64Url', () => {
  it('uses the URL-safe alphabet without padding', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xfe]))).toBe('-__-');
    expect(toBase64Url(new Uint8Array([1]))).toBe('AQ');
  });
});

describe('isValidRoomId', () => {
  it('rejects ids that would need escaping in a path', () => {
    expect(isValidRoomId('')).toBe(false);
    expect(isValidRoomId('a/b')).toBe(false);
    expect(isValidRoomId('a b')).toBe(false);
    expect(isValidRoomId('board-42')).toBe(true);
  });
});
