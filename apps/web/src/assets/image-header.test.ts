import { describe, expect, it } from 'vitest';
import { sniffImage } from './image-header.ts';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(
    parts.flatMap((part) =>
      typeof part === 'string' ? [...part].map((c) => c.charCodeAt(0)) : part,
    ),
  );
const be32 = (n: number) => [n >>> 24, (n >> 16) & 255, (n >> 8) & 255, n & 255];
const chunk = (type: string, data: number[]) => [
  ...be32(data.length),
  ...bytes(type),
  ...data,
  0,
  0,
  0,
  0,
];
const png = (width: number, height: number, colorType: number, extra: number[] = []) =>
  bytes(
    [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    chunk('IHDR', [...be32(width), ...be32(height), 8, colorType, 0, 0, 0]),
    extra,
    chunk('IDAT', [1, 2, 3]),
  );

describe('sniffImage', () => {
  it('reads a PNG size and whether it has transparency', () => {
    expect(sniffImage(png(5000, 300, 2))).toEqual({
      mimeType: 'image/png',
      width: 5000,
      height: 300,
      mayHaveAlpha: false,
    });
    expect(sniffImage(png(10, 20, 6))).toMatchObject({ mayHaveAlpha: true });
    expect(sniffImage(png(10, 20, 3, chunk('tRNS', [0])))).toMatchObject({ mayHaveAlpha: true });
  });

  it('finds a JPEG size after its metadata segments', () => {
    const app0 = [0xff, 0xe0, 0, 16, ...new Array<number>(14).fill(0)];
    const sof = [0xff, 0xc2, 0, 17, 8, 0x0b, 0xb8, 0x0f, 0xa0, 3, ...new Array<number>(9).fill(0)];
    expect(sniffImage(bytes([0xff, 0xd8], app0, sof))).toMatchObject({
      mimeType: 'image/jpeg',
      width: 4000,
      height: 3000,
    });
    // A JPEG whose pixels start before any size is not an image we can place.
    expect(sniffImage(bytes([0xff, 0xd8], app0, [0xff, 0xda, 0, 4, 0, 0, 0, 0, 0, 0]))).toBe(null);
  });

  it('reads GIF and WebP sizes', () => {
    expect(
      sniffImage(bytes('GIF89a', [0x40, 0x01, 0xc8, 0x00], new Array<number>(8).fill(0))),
    ).toMatchObject({
      mimeType: 'image/gif',
      width: 320,
      height: 200,
    });
    const vp8x = bytes(
      'RIFF',
      [0, 0, 0, 0],
      'WEBPVP8X',
      [10, 0, 0, 0, 0x10, 0, 0, 0],
      [99, 0, 0, 49, 0, 0],
    );
    expect(sniffImage(vp8x)).toEqual({
      mimeType: 'image/webp',
      width: 100,
      height: 50,
      mayHaveAlpha: true,
    });
  });

  it('names SVG apart and refuses anything else, whatever it claims to be', () => {
    expect(
      sniffImage(bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>')),
    ).toBe('svg');
    expect(sniffImage(bytes('<html><body>png</body></html>'))).toBe(null);
    expect(sniffImage(bytes('%PDF-1.7'))).toBe(null);
    expect(sniffImage(new Uint8Array(0))).toBe(null);
    expect(sniffImage(png(0, 10, 2))).toBe(null);
  });
});
