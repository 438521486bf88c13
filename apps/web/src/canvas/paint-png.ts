import type { Shape } from '@sketchroom/board-model';
import {
  CANVAS_BACKGROUND,
  exportBox,
  renderShape,
  type DrawCommand,
  type MeasureText,
  type Theme,
} from '@sketchroom/board-render';
import type { ImageLookup } from './image-cache.ts';
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
  const [pictures] = await Promise.all([
    decodeAll(options.images),
    ...[...textsByFont(drawings)].map(([font, chars]) =>
      document.fonts.load(font, [...chars].join('')).catch(() => []),
    ),
  ]);
  try {
    return await paintPng(shapes, drawings, box, options.theme, pictures);
  } finally {
    for (const bitmap of pictures.values()) bitmap.close();
  }
}

/** The files decoded whole; one that does not decode is left out (its placeholder shows). */
async function decodeAll(images?: ReadonlyMap<string, Blob>): Promise<Map<string, ImageBitmap>> {
  const decoded = new Map<string, ImageBitmap>();
  await Promise.all(
    [...(images ?? [])].map(async ([asset, blob]) => {
      const bitmap = await createImageBitmap(blob).catch(() => null);
      if (bitmap) decoded.set(asset, bitmap);
    }),
  );
  return decoded;
}

async function paintPng(
  shapes: readonly Shape[],
  drawings: readonly DrawCommand[][],
  box: { x: number; y: number; width: number; height: number },
  theme: Theme,
  pictures: ReadonlyMap<string, ImageBitmap>,
): Promise<Blob> {
  // Export pictures are all decoded beforehand: no spinner, the placeholder for a missing one.
  const images: ImageLookup = {
    image: (asset) => {
      const bitmap = pictures.get(asset);
      return bitmap ? { state: 'ready', bitmap } : { state: 'failed', bitmap: null };
    },
  };
  const scale = Math.min(2, 16_000 / Math.max(box.width, box.height));
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
