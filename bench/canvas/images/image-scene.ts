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
import { encodePng } from '../../../test/support/png.ts';

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
  const base = [0, 2, 4].map((k) => 128 + 100 * Math.sin(hue + k)) as [number, number, number];
  const angle = random() * Math.PI;
  const [dx, dy] = [Math.cos(angle), Math.sin(angle)];
  const stripe = 20 + random() * 60;
  const blocks = Array.from({ length: (IMAGE_SIDE / 8) ** 2 }, () => random() * 40 - 20);
  return encodePng(IMAGE_SIDE, IMAGE_SIDE, (x, y) => {
    const band = Math.floor((x * dx + y * dy) / stripe) % 2 === 0 ? 1 : 0.7;
    const noise = blocks[(y >> 3) * (IMAGE_SIDE / 8) + (x >> 3)]!;
    return [0, 1, 2].map((c) =>
      Math.max(0, Math.min(255, Math.round(base[c]! * band + noise))),
    ) as unknown as [number, number, number];
  });
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
