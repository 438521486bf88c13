import { describe, expect, it } from 'vitest';
import { jpeg } from '../../test/helpers/images.ts';
import { jpegHeaderEnd, MAX_EXIF_BLOCKS, MAX_JPEG_SEGMENTS } from './jpeg-header.ts';

const SOI = [0xff, 0xd8];
const frame = [0xff, 0xc0, 0, 11, 8, 0, 10, 0, 10, 1, 1, 0x11, 0];
const empty = [0xff, 0xe2, 0, 2];
const exif = [0xff, 0xe1, 0, 8, ...Buffer.from('Exif\0\0')];
const file = (...parts: number[][]) => new Uint8Array([...SOI, ...parts.flat(), 0xff, 0xd9]);
const times = (count: number, part: number[]) => Array<number[]>(count).fill(part).flat();

describe('jpegHeaderEnd', () => {
  it('finds the end of the frame header past segments, fill bytes and standalone markers', () => {
    const bytes = file(empty, [0xff], [0xff, 0xd0], frame);
    expect(jpegHeaderEnd(bytes)).toBe(SOI.length + empty.length + 1 + 2 + frame.length);
    const real = jpeg(5, 4);
    expect(real[jpegHeaderEnd(real)! - 13 + 1]).toBe(0xc0);
  });

  it('allows as many segments as real files need, and no more', () => {
    const most = file(times(MAX_JPEG_SEGMENTS - 1, empty), frame);
    expect(jpegHeaderEnd(most)).not.toBeNull();
    expect(jpegHeaderEnd(file(times(MAX_JPEG_SEGMENTS, empty), frame))).toBeNull();
    expect(jpegHeaderEnd(file(times(MAX_EXIF_BLOCKS, exif), frame))).not.toBeNull();
    expect(jpegHeaderEnd(file(times(MAX_EXIF_BLOCKS + 1, exif), frame))).toBeNull();
  });

  it('refuses a segment out of place, one longer than the file, or no frame header', () => {
    expect(jpegHeaderEnd(file([0x00, 0xff], frame))).toBeNull();
    expect(jpegHeaderEnd(file([0xff, 0xe2, 0xff, 0xff], frame))).toBeNull();
    expect(jpegHeaderEnd(file([0xff, 0xe2, 0, 1], frame))).toBeNull();
    expect(jpegHeaderEnd(file(empty))).toBeNull();
    expect(jpegHeaderEnd(new Uint8Array(SOI))).toBeNull();
  });
});
