import type { Shape } from '@sketchroom/board-model';
import { isAssetId } from '../../assets/asset-id.ts';
import type { AssetSource } from '../../assets/asset-source.ts';

/** How long an export waits for pictures still on their way before it draws placeholders. */
export const IMAGE_WAIT_MS = 10_000;

export interface GatheredImages {
  /** The files at hand, by asset id. */
  images: Map<string, Blob>;
  /** How many pictures did not arrive in time (their placeholders are exported). */
  missing: number;
}

/** The distinct assets the shapes' pictures show. */
export function assetsOf(shapes: readonly Shape[]): string[] {
  const assets = new Set<string>();
  for (const shape of shapes) {
    if (shape.type === 'image' && shape.asset) assets.add(shape.asset);
  }
  return [...assets];
}

/**
 * The files of the shapes' pictures, waiting at most `waitMs` for those still on their way
 * (a peer's upload, a slow link); the rest are counted as missing, not waited for forever.
 */
export async function gatherImages(
  source: AssetSource,
  shapes: readonly Shape[],
  waitMs = IMAGE_WAIT_MS,
): Promise<GatheredImages> {
  const named = assetsOf(shapes);
  // An id that is no content hash can never be had: not worth waiting for.
  const assets = named.filter(isAssetId);
  const images = new Map<string, Blob>();
  if (assets.length === 0) return { images, missing: named.length };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), waitMs);
  try {
    await Promise.all(
      assets.map((asset) =>
        source.blob(asset, controller.signal).then(
          (blob) => void images.set(asset, blob),
          () => undefined,
        ),
      ),
    );
  } finally {
    clearTimeout(timer);
  }
  return { images, missing: named.length - images.size };
}

/** What the user is told when some pictures could not be put in an export. */
export function missingImagesMessage(missing: number): string {
  return missing === 1
    ? 'One image could not be loaded in time: the export shows its placeholder'
    : `${missing} images could not be loaded in time: the export shows their placeholders`;
}

// The formats the server accepts, told by their first bytes when a file has no type.
const SIGNATURES: [string, number[]][] = [
  ['image/png', [0x89, 0x50, 0x4e, 0x47]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
  ['image/gif', [0x47, 0x49, 0x46, 0x38]],
];

function sniff(bytes: Uint8Array): string {
  for (const [mime, signature] of SIGNATURES) {
    if (signature.every((byte, i) => bytes[i] === byte)) return mime;
  }
  const riff = String.fromCharCode(...bytes.subarray(0, 4));
  const webp = String.fromCharCode(...bytes.subarray(8, 12));
  return riff === 'RIFF' && webp === 'WEBP' ? 'image/webp' : 'application/octet-stream';
}

/** A file as a `data:` URL, so an exported SVG stands alone. */
export async function dataUrlOf(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const mime = /^image\/[a-z0-9.+-]+$/.test(blob.type) ? blob.type : sniff(bytes);
  let binary = '';
  // In slices: one String.fromCharCode call for a whole file would overflow the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return `data:${mime};base64,${btoa(binary)}`;
}

/** Every file as a data URL, by asset id. */
export async function dataUrlsOf(images: ReadonlyMap<string, Blob>): Promise<Map<string, string>> {
  const urls = new Map<string, string>();
  await Promise.all(
    [...images].map(async ([asset, blob]) => urls.set(asset, await dataUrlOf(blob))),
  );
  return urls;
}
