import { inflateSync } from 'node:zlib';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Channels per pixel by PNG colour type. */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * True when a PNG's pixels decode: a non-interlaced image whose compressed data inflates to
 * exactly its rows, each with a known filter. The PDF library decodes pictures with alpha
 * in a callback that throws out of reach (an uncaught exception would stop the server), so
 * only PNGs that pass this are given to it; `maxPixels` bounds the memory the check takes.
 */
export function pngDecodes(data: Uint8Array, maxPixels: number): boolean {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) return false;
  if (bytes.toString('latin1', 12, 16) !== 'IHDR') return false;
  const width = bytes.readUInt32BE(16);
  const height = bytes.readUInt32BE(20);
  const depth = bytes[24]!;
  const channels = CHANNELS[bytes[25]!];
  if (!channels || ![1, 2, 4, 8, 16].includes(depth) || bytes[28] !== 0) return false;
  if (width === 0 || height === 0 || width * height > maxPixels) return false;
  const idat: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length;) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > bytes.length) return false;
    if (type === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  const rowBytes = Math.ceil((width * channels * depth) / 8);
  const expected = height * (rowBytes + 1);
  let rows: Buffer;
  try {
    rows = inflateSync(Buffer.concat(idat), { maxOutputLength: expected + 1 });
  } catch {
    return false;
  }
  if (rows.length !== expected) return false;
  for (let row = 0; row < height; row++) if (rows[row * (rowBytes + 1)]! > 4) return false;
  return true;
}
