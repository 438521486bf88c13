import { request } from 'node:http';
import type { StreamedAnswer } from './assets-api.ts';

/**
 * A 10×10 JPEG whose frame header comes after `total` bytes of segments, each with
 * `segmentBytes` of payload: empty ones (a flood for the size reader to walk) or EXIF blocks
 * that claim 65535 entries (each a walk through its bytes).
 */
export function jpegWithSegments(options: {
  total: number;
  segmentBytes: number;
  exif?: boolean;
}): Buffer {
  const payload = Buffer.alloc(options.segmentBytes, 0xab);
  if (options.exif) Buffer.from('Exif\0\0MM\0\x2a\0\0\0\x08\xff\xff', 'latin1').copy(payload);
  const head = Buffer.from([0xff, options.exif ? 0xe1 : 0xe2, 0, 0]);
  head.writeUInt16BE(payload.length + 2, 2);
  const segment = Buffer.concat([head, payload]);
  const count = Math.max(1, Math.floor(options.total / segment.length));
  const frame = Buffer.from([0xff, 0xc0, 0, 11, 8, 0, 10, 0, 10, 1, 1, 0x11, 0]);
  return Buffer.concat([
    Buffer.from([0xff, 0xd8]),
    ...Array<Buffer>(count).fill(segment),
    frame,
    Buffer.from([0xff, 0xd9]),
  ]);
}

/**
 * Posts `first`, then one byte every 50 ms of the `declared` length, as a slowloris sender
 * does; resolves with the server's answer whenever it comes (the socket closing without one
 * rejects).
 */
export function trickleUpload(
  url: string,
  token: string,
  first: Uint8Array,
  declared: number,
): Promise<StreamedAnswer> {
  return new Promise((resolve, reject) => {
    const headers = { authorization: `Bearer ${token}`, 'content-length': String(declared) };
    const req = request(url, { method: 'POST', headers }, (response) => {
      clearInterval(drip);
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() });
        req.destroy();
      });
    });
    req.on('error', (error) => {
      clearInterval(drip);
      reject(error);
    });
    req.write(first);
    let sent = first.length;
    const drip = setInterval(() => {
      if (sent >= declared - 1) return; // never finishes: only the server can end this
      req.write(Buffer.from([0]));
      sent++;
    }, 50);
  });
}
