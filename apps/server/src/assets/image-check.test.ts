import { describe, expect, it } from 'vitest';
import { gif, html, jpeg, png, svg, webp } from '../../test/helpers/images.ts';
import { checkImage, SVG_REFUSED } from './image-check.ts';

describe('checkImage', () => {
  it('knows PNG, JPEG, GIF and WebP by their bytes and reads their size', () => {
    expect(checkImage(png(3, 2))).toEqual({
      ok: true,
      image: { mimeType: 'image/png', width: 3, height: 2 },
    });
    expect(checkImage(jpeg(5, 4))).toMatchObject({ image: { mimeType: 'image/jpeg', width: 5 } });
    expect(checkImage(gif(7, 6))).toMatchObject({ image: { mimeType: 'image/gif', height: 6 } });
    expect(checkImage(webp(9, 8))).toMatchObject({ image: { mimeType: 'image/webp', width: 9 } });
  });

  it('reads the size a header claims, so the caller can refuse a bomb', () => {
    const bomb = png(1, 1, { claim: [100_000, 100_000] });
    expect(checkImage(bomb)).toMatchObject({ image: { width: 100_000, height: 100_000 } });
  });

  it('refuses HTML, SVG (saying so), text, nothing, and images cut short', () => {
    expect(checkImage(html())).toEqual({ ok: false, error: expect.stringContaining('only PNG') });
    expect(checkImage(svg())).toEqual({ ok: false, error: SVG_REFUSED });
    expect(checkImage(Buffer.from('  <svg width="10"/>'))).toEqual({
      ok: false,
      error: SVG_REFUSED,
    });
    expect(checkImage(Buffer.from('just text')).ok).toBe(false);
    expect(checkImage(new Uint8Array(0)).ok).toBe(false);
    const whole = png(40, 40);
    for (const cut of [8, 20, 33, whole.length - 20])
      expect(checkImage(whole.subarray(0, cut)).ok, `cut at ${cut}`).toBe(false);
    const gifCut = gif();
    expect(checkImage(gifCut.subarray(0, 12)).ok).toBe(false);
    const webpCut = webp();
    expect(checkImage(webpCut.subarray(0, webpCut.length - 4)).ok).toBe(false);
    expect(checkImage(jpeg().subarray(0, 20)).ok).toBe(false);
  });

  it('does not take a PNG signature followed by garbage for an image', () => {
    const fake = Buffer.concat([png().subarray(0, 8), Buffer.from('IEND'.repeat(4))]);
    expect(checkImage(fake).ok).toBe(false);
  });
});
