import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createShape,
  indexesAbove,
  ShapeType,
  type Shape,
  type ShapeId,
} from '../../../packages/board-model/src/index.ts';
import { seededRandom } from '../../../test/support/seeded-random.ts';
import { encodeRgbPng } from '../../../test/support/png.ts';

/** 1 MP pictures: 1000 × 1000. */
export const IMAGE_SIDE = 1000;
const COLUMNS = 20;
const GAP = 100;

const cacheDir = fileURLToPath(new URL('../../dist/bench-images/', import.meta.url));

/**
 * Picture `n`: its own hue, stripes of its own angle and width, and seeded noise in 8 px
 * blocks, so no two files are alike and none compresses to nothing.
 */
function makePicture(n: number): Buffer {
  const random = seededRandom(1000 + n).next;
  const hue = random() * Math.PI * 2;
  const base = [0, 2, 4].map((k) => 128 + 100 * Math.sin(hue + k));
  const angle = random() * Math.PI;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const stripe = 20 + random() * 60;
  const perRow = IMAGE_SIDE / 8;
  const blocks = Array.from({ length: perRow ** 2 }, () => random() * 40 - 20);
  // Written straight into the pixel buffer: a callback per pixel took a minute for 200 files.
  const pixels = new Uint8ClampedArray(IMAGE_SIDE * IMAGE_SIDE * 3);
  for (let y = 0; y < IMAGE_SIDE; y++) {
    for (let x = 0; x < IMAGE_SIDE; x++) {
      const band = Math.floor((x * dx + y * dy) / stripe) % 2 === 0 ? 1 : 0.7;
      const noise = blocks[(y >> 3) * perRow + (x >> 3)]!;
      const at = (y * IMAGE_SIDE + x) * 3;
      for (let c = 0; c < 3; c++) pixels[at + c] = base[c]! * band + noise; // the array clamps to 0–255
    }
  }
  return encodeRgbPng(IMAGE_SIDE, IMAGE_SIDE, pixels);
}

/** The `count` pictures, made once and kept under bench/dist between runs. */
export function benchPictures(count: number): Buffer[] {
  mkdirSync(cacheDir, { recursive: true });
  return Array.from({ length: count }, (_, n) => {
    const path = join(cacheDir, `picture-${IMAGE_SIDE}-${n}.png`);
    if (existsSync(path)) return readFileSync(path);
    const bytes = makePicture(n);
    writeFileSync(path, bytes);
    return bytes;
  });
}

export const assetIdOf = (bytes: Buffer) =>
  `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

function cell(n: number) {
  const step = IMAGE_SIDE + GAP;
  return {
    x: (n % COLUMNS) * step,
    y: Math.floor(n / COLUMNS) * step,
    width: IMAGE_SIDE,
    height: IMAGE_SIDE,
    rotation: 0,
  };
}

/** One image shape per asset, in a grid at their natural size. */
export function imageShapes(assets: readonly string[]): Shape[] {
  const indexes = indexesAbove([], assets.length);
  return assets.map((asset, n) =>
    createShape({
      type: ShapeType.image,
      id: `shape:img${n}` as ShapeId,
      index: indexes[n]!,
      geom: cell(n),
      asset,
    }),
  );
}

/** The same grid as filled rectangles: the board of plain shapes the pictures are compared with. */
export function plainShapes(count: number): Shape[] {
  const indexes = indexesAbove([], count);
  return Array.from({ length: count }, (_, n) =>
    createShape({
      type: ShapeType.rect,
      id: `shape:box${n}` as ShapeId,
      index: indexes[n]!,
      geom: cell(n),
      style: { stroke: '#1971c2', fill: '#a5d8ff' },
    }),
  );
}
