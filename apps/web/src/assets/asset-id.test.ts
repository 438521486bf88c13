import { afterEach, describe, expect, it, vi } from 'vitest';
import { assetIdOf, isAssetId } from './asset-id.ts';

describe('asset ids', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('are the sha256 of the bytes, the same with or without crypto.subtle', async () => {
    const bytes = new TextEncoder().encode('abc');
    const id = await assetIdOf(bytes);
    expect(id).toBe('sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    vi.stubGlobal('crypto', {}); // a plain-http LAN page has no crypto.subtle
    expect(await assetIdOf(bytes)).toBe(id);
    expect(isAssetId(id)).toBe(true);
  });

  it('are refused when not a full lowercase sha256', () => {
    expect(isAssetId('sha256:abc')).toBe(false);
    expect(isAssetId(`sha256:${'A'.repeat(64)}`)).toBe(false);
    expect(isAssetId(`md5:${'a'.repeat(64)}`)).toBe(false);
    expect(isAssetId(7)).toBe(false);
  });
});
