import { randomBytes } from 'node:crypto';
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * A real PNG (greyscale, decodable), different on every call unless `seed` is given: the
 * random text chunk changes the hash. `claim` writes other dimensions into the header only,
 * as a decompression bomb does.
 */
export function png(
  width = 3,
  height = 2,
  options: { seed?: string; claim?: [number, number] } = {},
): Buffer {
  const header = Buffer.alloc(13);
  const [w, h] = options.claim ?? [width, height];
  header.writeUInt32BE(w, 0);
  header.writeUInt32BE(h, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  const rows = Buffer.alloc((width + 1) * height, 0x80);
  for (let y = 0; y < height; y++) rows[y * (width + 1)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('tEXt', Buffer.from(`Comment\0${options.seed ?? randomBytes(8).toString('hex')}`)),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JPEG with a baseline frame header of the given size (enough for the size check). */
export function jpeg(width = 5, height = 4): Buffer {
  const frame = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 0, 0, 0, 1, 1, 0x11, 0]);
  frame.writeUInt16BE(height, 5);
  frame.writeUInt16BE(width, 7);
  const app0 = Buffer.concat([
    Buffer.from([0xff, 0xe0, 0, 16]),
    Buffer.from('JFIF\0'),
    Buffer.alloc(9),
  ]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    app0,
    frame,
    randomBytes(16),
    Buffer.from([0xff, 0xd9]),
  ]);
}

/** A GIF header of the given size, a random comment and the trailer. */
export function gif(width = 7, height = 6): Buffer {
  const screen = Buffer.alloc(7);
  screen.writeUInt16LE(width, 0);
  screen.writeUInt16LE(height, 2);
  const comment = Buffer.concat([Buffer.from([0x21, 0xfe, 8]), randomBytes(8), Buffer.from([0])]);
  return Buffer.concat([Buffer.from('GIF89a'), screen, comment, Buffer.from([0x3b])]);
}

/** An extended WebP (VP8X) header of the given size. */
export function webp(width = 9, height = 8): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  const chunks = Buffer.concat([
    Buffer.from('VP8X'),
    Buffer.from([10, 0, 0, 0]),
    vp8x,
    Buffer.from('XTRA'),
    Buffer.from([8, 0, 0, 0]),
    randomBytes(8),
  ]);
  const size = Buffer.alloc(4);
  size.writeUInt32LE(4 + chunks.length);
  return Buffer.concat([Buffer.from('RIFF'), size, Buffer.from('WEBP'), chunks]);
}

export const html = () => Buffer.from('<!doctype html><html><script>alert(1)</script></html>');
export const svg = () =>
  Buffer.from('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
