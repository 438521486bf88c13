import { crc32, deflateSync } from 'node:zlib';

// A minimal PNG writer for tests and benchmarks: 8-bit RGB, no interlace, filter 0 on
// every row. Enough to make real image files of known colours without a library.

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** A PNG of `width` × `height` whose pixel (x, y) is `colorAt(x, y)` as [r, g, b]. */
export function encodePng(
  width: number,
  height: number,
  colorAt: (x: number, y: number) => readonly [number, number, number],
): Buffer {
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) pixels.set(colorAt(x, y), (y * width + x) * 3);
  }
  return encodeRgbPng(width, height, pixels);
}

/** A PNG of packed RGB bytes, row by row. */
export function encodeRgbPng(
  width: number,
  height: number,
  pixels: Uint8Array | Uint8ClampedArray,
): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, filter 0, no interlace
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    raw.set(pixels.subarray(y * width * 3, (y + 1) * width * 3), y * (width * 3 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 1 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A PNG of one colour all over. */
export function solidPng(width: number, height: number, rgb: readonly [number, number, number]) {
  return encodePng(width, height, () => rgb);
}
