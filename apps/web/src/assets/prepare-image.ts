import { assetIdOf } from './asset-id.ts';
import { formatList, type AssetLimits } from './asset-api.ts';
import type { PreparedAsset } from './asset-source.ts';
import { ImageMime, sniffImage, type ImageHeader } from './image-header.ts';

/** Files bigger than this are refused before being read, whatever downscaling could do. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Nor is an image decoded past this many pixels (about 200 MB of memory). */
export const MAX_INPUT_PIXELS = 50_000_000;
const JPEG_QUALITY = 0.9;

export type PreparedImage =
  | { ok: true; asset: PreparedAsset; width: number; height: number }
  | { ok: false; message: string };

/**
 * Checks a file is an image we take (by its bytes), scales it down to the server's longest
 * side unless the operator keeps originals, and names it by content hash.
 */
export async function prepareImage(file: File, limits: AssetLimits): Promise<PreparedImage> {
  const name = file.name || 'The image';
  const inputLimit = limits.keepOriginal ? limits.maxBytes : MAX_INPUT_BYTES;
  if (file.size > inputLimit) return tooLarge(name, inputLimit);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const header = sniffImage(bytes);
  if (header === 'svg') {
    return refuse(`${name}: SVG images are not supported; export it as PNG first.`);
  }
  if (!header) return refuse(`${name} is not an image Sketchroom can show (${formatList()}).`);
  if (header.width * header.height > MAX_INPUT_PIXELS) {
    return refuse(`${name} is too large (${header.width} × ${header.height} pixels).`);
  }
  const original = new Blob([bytes], { type: header.mimeType });
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(original);
  } catch {
    return refuse(`${name} could not be read as an image.`);
  }
  try {
    const { width, height } = bitmap; // after any EXIF rotation
    const scale = limits.keepOriginal ? 1 : Math.min(1, limits.maxSide / Math.max(width, height));
    const blob = scale < 1 ? await downscale(bitmap, scale, header) : original;
    if (blob.size > limits.maxBytes) return tooLarge(name, limits.maxBytes);
    const stored = blob === original ? bytes : new Uint8Array(await blob.arrayBuffer());
    const id = await assetIdOf(stored);
    return {
      ok: true,
      asset: { id, blob, name },
      width: Math.round(width * scale),
      height: Math.round(height * scale),
    };
  } finally {
    bitmap.close();
  }
}

/** PNG stays PNG when it may be transparent (GIF too); WebP stays WebP; the rest is JPEG. */
async function downscale(bitmap: ImageBitmap, scale: number, header: ImageHeader): Promise<Blob> {
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to scale the image');
  context.imageSmoothingQuality = 'high';
  context.drawImage(bitmap, 0, 0, width, height);
  const keepsAlpha = header.mayHaveAlpha && header.mimeType !== ImageMime.webp;
  const type = keepsAlpha
    ? ImageMime.png
    : header.mimeType === ImageMime.webp
      ? ImageMime.webp
      : ImageMime.jpeg;
  return canvas.convertToBlob({ type, quality: JPEG_QUALITY });
}

function tooLarge(name: string, limit: number): PreparedImage {
  return refuse(`${name} is too large (the limit is ${Math.floor(limit / (1024 * 1024))} MB).`);
}

function refuse(message: string): PreparedImage {
  return { ok: false, message };
}
