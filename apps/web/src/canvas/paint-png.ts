import type { Shape } from '@sketchroom/board-model';
import {
  CANVAS_BACKGROUND,
  exportBox,
  renderShape,
  type DrawCommand,
  type MeasureText,
  type Theme,
} from '@sketchroom/board-render';
import { decodeBitmap, type ImageLookup } from './image-cache.ts';
import { fontFor } from './measure.ts';
import { paintCommands } from './paint-commands.ts';

/** Page units of margin around an export, as the SVG export has. */
const PADDING = 24;

/** Every font and the characters it draws, so each needed file (subset) is loaded. */
function textsByFont(drawings: readonly DrawCommand[][]): Map<string, Set<string>> {
  const fonts = new Map<string, Set<string>>();
  const visit = (command: DrawCommand) => {
    if (command.type === 'image') command.fallback.forEach(visit);
    if (command.type !== 'text') return;
    const font = fontFor(command.fontSize, command.fontFamily);
    const chars = fonts.get(font) ?? new Set<string>();
    for (const char of command.text) chars.add(char);
    fonts.set(font, chars);
  };
  for (const commands of drawings) commands.forEach(visit);
  return fonts;
}

/**
 * The shapes as a PNG at up to twice their size, painted by the canvas painter from
 * board-render's commands, the same ones the SVG export writes. Not by rasterising the
 * SVG: fonts embedded in an SVG image load after the image decodes, so its hand-written
 * text could come out blank. Here the page's fonts are loaded first, for the very
 * characters drawn. Resolves null when there is nothing to draw.
 */
export async function shapesToPng(
  shapes: readonly Shape[],
  options: { theme: Theme; measureText: MeasureText; images?: ReadonlyMap<string, Blob> },
): Promise<Blob | null> {
  const box = exportBox(shapes, PADDING);
  if (!box) return null;
  const drawings = shapes.map((shape) => renderShape(shape, options));
  const scale = Math.min(2, 16_000 / Math.max(box.width, box.height));
  const [pictures] = await Promise.all([
    decodeAll(options.images, sizesInExport(shapes, scale)),
    ...[...textsByFont(drawings)].map(([font, chars]) =>
      document.fonts.load(font, [...chars].join('')).catch(() => []),
    ),
  ]);
  try {
    return await paintPng(shapes, drawings, { box, scale, theme: options.theme }, pictures);
  } finally {
    for (const bitmap of pictures.values()) bitmap.close();
  }
}

/** Each picture's longest side in the export's pixels (the largest of its shapes). */
function sizesInExport(shapes: readonly Shape[], scale: number): Map<string, number> {
  const sizes = new Map<string, number>();
  for (const shape of shapes) {
    if (shape.type !== 'image' || !shape.asset) continue;
    const size = Math.max(shape.geom.width, shape.geom.height) * scale;
    sizes.set(shape.asset, Math.max(size, sizes.get(shape.asset) ?? 0));
  }
  return sizes;
}

/** How many files are decoded at once: two hundred photos decoded together would hold gigabytes. */
const DECODING_AT_ONCE = 4;

/**
 * The files decoded, each no larger than the export shows it; one that does not decode is
 * left out (its placeholder shows).
 */
async function decodeAll(
  images: ReadonlyMap<string, Blob> | undefined,
  sizes: ReadonlyMap<string, number>,
): Promise<Map<string, ImageBitmap>> {
  const decoded = new Map<string, ImageBitmap>();
  const waiting = [...(images ?? [])];
  const decodeNext = async () => {
    for (let next = waiting.pop(); next; next = waiting.pop()) {
      const [asset, blob] = next;
      const bitmap = await decodeBitmap(blob, sizes.get(asset) ?? Infinity).catch(() => null);
      if (bitmap) decoded.set(asset, bitmap);
    }
  };
  await Promise.all(Array.from({ length: DECODING_AT_ONCE }, decodeNext));
  return decoded;
}

async function paintPng(
  shapes: readonly Shape[],
  drawings: readonly DrawCommand[][],
  page: {
    box: { x: number; y: number; width: number; height: number };
    scale: number;
    theme: Theme;
  },
  pictures: ReadonlyMap<string, ImageBitmap>,
): Promise<Blob> {
  const { box, scale, theme } = page;
  // Export pictures are all decoded beforehand: no spinner, the placeholder for a missing one.
  const images: ImageLookup = {
    image: (asset) => {
      const bitmap = pictures.get(asset);
      return bitmap ? { state: 'ready', bitmap } : { state: 'failed', bitmap: null };
    },
  };
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(box.width * scale));
  canvas.height = Math.max(1, Math.round(box.height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('No 2D canvas available');
  ctx.scale(scale, scale);
  ctx.translate(-box.x, -box.y);
  ctx.fillStyle = CANVAS_BACKGROUND[theme];
  ctx.fillRect(box.x, box.y, box.width, box.height);
  shapes.forEach((shape, i) => {
    const { x, y, width, height, rotation } = shape.geom;
    ctx.save();
    ctx.translate(x + width / 2, y + height / 2);
    if (rotation) ctx.rotate((rotation * Math.PI) / 180);
    ctx.translate(-width / 2, -height / 2);
    ctx.globalAlpha = shape.style.opacity;
    paintCommands(ctx, drawings[i]!, images);
    ctx.restore();
  });
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
      'image/png',
    ),
  );
}
