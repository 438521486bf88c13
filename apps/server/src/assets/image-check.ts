import { imageSize } from 'image-size';
import { jpegHeaderEnd } from './jpeg-header.ts';

export const ImageType = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;
export type ImageType = (typeof ImageType)[keyof typeof ImageType];

export interface CheckedImage {
  mimeType: ImageType;
  width: number;
  height: number;
}

export type ImageCheck = { ok: true; image: CheckedImage } | { ok: false; error: string };

export const SVG_REFUSED = 'SVG images are not accepted; export it as PNG';
const UNSUPPORTED = 'only PNG, JPEG, GIF and WebP images are accepted';

const startsWith = (bytes: Uint8Array, prefix: readonly number[], at = 0) =>
  bytes.length >= at + prefix.length && prefix.every((byte, i) => bytes[at + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const IEND = ascii('IEND');
/** Bytes after an image's end marker that are still tolerated (some encoders pad). */
const TAIL = 64;

/** The type the bytes themselves say (magic numbers), whatever the request declared. */
function sniff(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, PNG)) return ImageType.png;
  if (startsWith(bytes, JPEG)) return ImageType.jpeg;
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a')))
    return ImageType.gif;
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8))
    return ImageType.webp;
  return null;
}

/** Whether the file ends the way its format ends: a cut-off upload is refused, not stored. */
function isComplete(bytes: Uint8Array, type: ImageType): boolean {
  const tail = bytes.subarray(Math.max(0, bytes.length - TAIL));
  switch (type) {
    case ImageType.png:
      return Buffer.from(tail).includes(Buffer.from(IEND));
    case ImageType.jpeg:
      return Buffer.from(tail).includes(Buffer.from([0xff, 0xd9]));
    case ImageType.gif:
      return tail.includes(0x3b);
    case ImageType.webp: {
      const declared = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).readUInt32LE(4);
      return bytes.length >= declared + 8;
    }
  }
}

/** SVG (XML text with an <svg> element) gets its own message: people do try it. */
function looksLikeSvg(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('utf8').toLowerCase();
  return /^\s*(\ufeff)?\s*</.test(head) && head.includes('<svg');
}

const sizeTypes: Record<ImageType, string> = {
  [ImageType.png]: 'png',
  [ImageType.jpeg]: 'jpg',
  [ImageType.gif]: 'gif',
  [ImageType.webp]: 'webp',
};

/** Decides what an upload is from its bytes alone, and reads its size from the header. */
export function checkImage(bytes: Uint8Array): ImageCheck {
  const type = sniff(bytes);
  if (type === null) return { ok: false, error: looksLikeSvg(bytes) ? SVG_REFUSED : UNSUPPORTED };
  if (!isComplete(bytes, type)) return { ok: false, error: 'the image is truncated or damaged' };
  // A JPEG is walked first, strictly and with bounds; the size reader sees its header only.
  const headerEnd = type === ImageType.jpeg ? jpegHeaderEnd(bytes) : bytes.length;
  if (headerEnd === null) return { ok: false, error: 'the image header cannot be read' };
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(bytes.subarray(0, headerEnd));
  } catch {
    return { ok: false, error: 'the image header cannot be read' };
  }
  const { width, height } = size;
  if (size.type !== sizeTypes[type] || !(width >= 1) || !(height >= 1))
    return { ok: false, error: 'the image header cannot be read' };
  // A JPEG turned by its EXIF orientation shows (and is drawn by browsers) with sides swapped.
  const turned = type === ImageType.jpeg && (size.orientation ?? 1) >= 5;
  return {
    ok: true,
    image: { mimeType: type, width: turned ? height : width, height: turned ? width : height },
  };
}
