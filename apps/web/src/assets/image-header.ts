// What a file really is, from its first bytes (never from its name or declared type), and
// its size in pixels, read before anything is decoded so a huge image can be refused cheaply.

export const ImageMime = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;
export type ImageMime = (typeof ImageMime)[keyof typeof ImageMime];

export const IMAGE_MIMES: readonly string[] = Object.values(ImageMime);

export interface ImageHeader {
  mimeType: ImageMime;
  width: number;
  height: number;
  /** Whether transparency may matter (PNG with an alpha channel or tRNS, GIF, WebP). */
  mayHaveAlpha: boolean;
}

export type Sniffed = ImageHeader | 'svg' | null;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export function sniffImage(bytes: Uint8Array): Sniffed {
  if (startsWith(bytes, PNG_SIGNATURE)) return pngHeader(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return jpegHeader(bytes);
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') {
    return sized(ImageMime.gif, u16le(bytes, 6), u16le(bytes, 8), true);
  }
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return webpHeader(bytes);
  if (looksLikeSvg(bytes)) return 'svg';
  return null;
}

function pngHeader(bytes: Uint8Array): ImageHeader | null {
  if (ascii(bytes, 12, 4) !== 'IHDR' || bytes.length < 33) return null;
  const colorType = bytes[25];
  let alpha = colorType === 4 || colorType === 6;
  // A tRNS chunk gives palette or grey images transparency; it comes before the pixels.
  for (let at = 33, chunks = 0; at + 8 <= bytes.length && chunks < 64; chunks++) {
    const type = ascii(bytes, at + 4, 4);
    if (type === 'tRNS') alpha = true;
    if (type === 'IDAT' || type === 'IEND') break;
    at += 12 + u32be(bytes, at);
  }
  return sized(ImageMime.png, u32be(bytes, 16), u32be(bytes, 20), alpha);
}

function jpegHeader(bytes: Uint8Array): ImageHeader | null {
  let at = 2;
  while (at + 9 < bytes.length) {
    if (bytes[at] !== 0xff) return null;
    const marker = bytes[at + 1];
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    // Start-of-frame markers (not DHT C4, JPG C8 or DAC CC) carry the size.
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return sized(ImageMime.jpeg, u16be(bytes, at + 7), u16be(bytes, at + 5), false);
    }
    if (marker === 0xd9 || marker === 0xda) return null; // the end, or pixels before a size
    at += 2 + u16be(bytes, at + 2);
  }
  return null;
}

function webpHeader(bytes: Uint8Array): ImageHeader | null {
  const chunk = ascii(bytes, 12, 4);
  if (chunk === 'VP8 ' && bytes.length >= 30) {
    return sized(ImageMime.webp, u16le(bytes, 26) & 0x3fff, u16le(bytes, 28) & 0x3fff, false);
  }
  if (chunk === 'VP8L' && bytes.length >= 25) {
    const b = bytes;
    const width = 1 + (((b[22] & 0x3f) << 8) | b[21]);
    const height = 1 + (((b[24] & 0x0f) << 10) | (b[23] << 2) | ((b[22] & 0xc0) >> 6));
    return sized(ImageMime.webp, width, height, true);
  }
  if (chunk === 'VP8X' && bytes.length >= 30) {
    const width = 1 + (bytes[24] | (bytes[25] << 8) | (bytes[26] << 16));
    const height = 1 + (bytes[27] | (bytes[28] << 8) | (bytes[29] << 16));
    return sized(ImageMime.webp, width, height, (bytes[20] & 0x10) !== 0);
  }
  return null;
}

function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = new TextDecoder().decode(bytes.subarray(0, 1024)).toLowerCase();
  return /^\s*(\ufeff)?\s*</.test(head) && head.includes('<svg');
}

function sized(mimeType: ImageMime, width: number, height: number, mayHaveAlpha: boolean) {
  if (!(width > 0 && height > 0)) return null;
  return { mimeType, width, height, mayHaveAlpha };
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function ascii(bytes: Uint8Array, at: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + length));
}

const u16le = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u16be = (b: Uint8Array, at: number) => ((b[at] ?? 0) << 8) | (b[at + 1] ?? 0);
const u32be = (b: Uint8Array, at: number) =>
  ((b[at] ?? 0) * 0x1000000 +
    (((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0))) >>>
  0;
