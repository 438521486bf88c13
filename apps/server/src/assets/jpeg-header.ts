/** Segments a JPEG may have before its frame header (real files have a few dozen at most). */
export const MAX_JPEG_SEGMENTS = 1_024;
/** EXIF blocks it may have there (real files have one); each costs a walk of its entries. */
export const MAX_EXIF_BLOCKS = 4;

const SOI = 2;
const isFrameHeader = (marker: number) => marker >= 0xc0 && marker <= 0xc2;
const isStandalone = (marker: number) => (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
const EXIF = Buffer.from('Exif\0', 'latin1');

/**
 * Where a JPEG's frame header (the segment with its size) ends, walking its segments strictly
 * from the start: null for a file with a segment out of place, more than MAX_JPEG_SEGMENTS
 * before the frame or more than MAX_EXIF_BLOCKS. The size reader then sees only this much, so
 * its work is bounded by what real images need, whatever the upload holds.
 */
export function jpegHeaderEnd(bytes: Uint8Array): number | null {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = SOI;
  let exifBlocks = 0;
  for (let segment = 0; segment < MAX_JPEG_SEGMENTS; segment++) {
    if (at + 4 > data.length || data[at] !== 0xff) return null;
    const marker = data[at + 1]!;
    if (marker === 0xff) {
      at += 1; // a fill byte before a marker
      continue;
    }
    if (isStandalone(marker)) {
      at += 2;
      continue;
    }
    const length = data.readUInt16BE(at + 2);
    if (length < 2 || at + 2 + length > data.length) return null;
    if (isFrameHeader(marker)) return at + 2 + length;
    if (marker === 0xe1 && data.subarray(at + 4, at + 4 + EXIF.length).equals(EXIF))
      if (++exifBlocks > MAX_EXIF_BLOCKS) return null;
    at += 2 + length;
  }
  return null;
}
