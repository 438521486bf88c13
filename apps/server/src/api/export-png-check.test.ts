import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pngDecodes } from './export-png-check.ts';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
}

/** A PNG of `width` × `height` RGBA pixels (colour type 6), its rows as given or all filter 0. */
function rgba(width: number, height: number, options: { rows?: Buffer; interlace?: number } = {}) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  header[12] = options.interlace ?? 0;
  const rows = options.rows ?? Buffer.alloc(height * (width * 4 + 1), 0);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('a PNG that the PDF library may decode', () => {
  it('passes a whole image whose rows all inflate with known filters', () => {
    expect(pngDecodes(rgba(3, 2), 100)).toBe(true);
  });

  it('refuses pixels that do not inflate, rows too few or too many, and unknown filters', () => {
    const good = rgba(3, 2);
    const garbage = Buffer.from(good);
    garbage.fill(0x55, 41, garbage.length - 12);
    expect(pngDecodes(garbage, 100)).toBe(false);
    expect(pngDecodes(rgba(3, 2, { rows: Buffer.alloc(13) }), 100)).toBe(false);
    expect(pngDecodes(rgba(3, 2, { rows: Buffer.alloc(40) }), 100)).toBe(false);
    const badFilter = Buffer.alloc(26);
    badFilter[13] = 9;
    expect(pngDecodes(rgba(3, 2, { rows: badFilter }), 100)).toBe(false);
  });

  it('refuses interlaced images, images past the pixel bound, and what is no PNG', () => {
    expect(pngDecodes(rgba(3, 2, { interlace: 1 }), 100)).toBe(false);
    expect(pngDecodes(rgba(3, 2), 5)).toBe(false);
    expect(pngDecodes(Buffer.from('<html>'), 100)).toBe(false);
    expect(pngDecodes(rgba(3, 2).subarray(0, 40), 100)).toBe(false);
  });

  it('bounds the inflated size: a bomb that claims a small image stops at its rows', () => {
    // 3 × 2 pixels claimed, 64 MiB of zeros inside: inflating stops one byte past 26.
    const bomb = rgba(3, 2, { rows: Buffer.alloc(64 * 1024 * 1024) });
    const before = process.memoryUsage().arrayBuffers;
    expect(pngDecodes(bomb, 100)).toBe(false);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(8 * 1024 * 1024);
  });
});
