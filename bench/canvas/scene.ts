// The benchmark board as neutral data, so Sketchroom and Excalidraw draw exactly the same
// shapes. Pure and deterministic: Node seeds Sketchroom from it and the Excalidraw page
// regenerates it in the browser from the same seed.

import { seededRandom } from '../../test/support/seeded-random.ts';

/** Side of the square the shapes are spread over, in page units. */
export const BOARD_SIZE = 20_000;
export const SCENE_SEED = 20_240_601;

export type SceneShape =
  | { kind: 'box'; id: string; x: number; y: number; width: number; height: number; color: Color }
  | {
      kind: 'pen';
      id: string;
      x: number;
      y: number;
      width: number;
      height: number;
      color: Color;
      /** Flat [x0, y0, x1, y1, …] relative to x, y; every coordinate ≥ 0. */
      points: number[];
    }
  | {
      kind: 'text';
      id: string;
      x: number;
      y: number;
      width: number;
      height: number;
      color: Color;
      text: string;
      fontSize: number;
    };

export interface Color {
  stroke: string;
  /** Null for an outline only. */
  fill: string | null;
}

const COLORS = ['#e03131', '#2f9e44', '#1c7ed6', '#f76707', '#7048e8', '#0c8599', '#868e96'];
const FILLS = ['#ffc9c9', '#b2f2bb', '#a5d8ff', '#ffec99', '#d0bfff', '#99e9f2'];
const WORDS = [
  'idea',
  'todo',
  'sync',
  'later',
  'draft',
  'review',
  'ship it',
  'why?',
  'note',
  'plan',
];

/** A seeded float generator in [0, 1): the same sequence in Node and in the browser. */
export function createRandom(seed: number): () => number {
  return seededRandom(seed).next;
}

function between(random: () => number, low: number, high: number): number {
  return low + random() * (high - low);
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** A wandering stroke of 50–100 points with integer coordinates, shifted to start at ≥ 0. */
function penPoints(random: () => number): number[] {
  const count = 50 + Math.floor(random() * 51);
  let angle = random() * Math.PI * 2;
  let x = 0;
  let y = 0;
  const raw: number[] = [];
  for (let i = 0; i < count; i++) {
    raw.push(x, y);
    angle += between(random, -0.5, 0.5);
    const step = between(random, 3, 9);
    x += Math.cos(angle) * step;
    y += Math.sin(angle) * step;
  }
  let minX = Infinity;
  let minY = Infinity;
  for (let i = 0; i < raw.length; i += 2) {
    minX = Math.min(minX, raw[i] as number);
    minY = Math.min(minY, raw[i + 1] as number);
  }
  return raw.map((value, i) => Math.round(value - (i % 2 === 0 ? minX : minY)));
}

function extent(points: readonly number[], offset: 0 | 1): number {
  let max = 0;
  for (let i = offset; i < points.length; i += 2) max = Math.max(max, points[i] as number);
  return max;
}

/** `count` shapes: 60 % boxes, 30 % pen strokes, 10 % text, uniformly over the board. */
export function generateScene(count: number, seed = SCENE_SEED): SceneShape[] {
  const random = createRandom(seed);
  const shapes: SceneShape[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const stroke = pick(random, COLORS);
    const id = `b${i.toString(36).padStart(5, '0')}`;
    if (roll < 0.6) {
      const width = Math.round(between(random, 40, 240));
      const height = Math.round(between(random, 30, 180));
      const fill = random() < 0.5 ? pick(random, FILLS) : null;
      const x = Math.round(between(random, 0, BOARD_SIZE - width));
      const y = Math.round(between(random, 0, BOARD_SIZE - height));
      shapes.push({ kind: 'box', id, x, y, width, height, color: { stroke, fill } });
    } else if (roll < 0.9) {
      const points = penPoints(random);
      const width = extent(points, 0);
      const height = extent(points, 1);
      const x = Math.round(between(random, 0, BOARD_SIZE - width));
      const y = Math.round(between(random, 0, BOARD_SIZE - height));
      shapes.push({ kind: 'pen', id, x, y, width, height, points, color: { stroke, fill: null } });
    } else {
      const words = 1 + Math.floor(random() * 4);
      const text = Array.from({ length: words }, () => pick(random, WORDS)).join(' ');
      const fontSize = pick(random, [16, 20, 24, 28, 36]);
      // The same rough estimate Sketchroom uses before it can measure.
      const width = Math.round(text.length * fontSize * 0.6);
      const height = Math.round(fontSize * 1.25);
      const x = Math.round(between(random, 0, BOARD_SIZE - width));
      const y = Math.round(between(random, 0, BOARD_SIZE - height));
      shapes.push({
        kind: 'text',
        id,
        x,
        y,
        width,
        height,
        text,
        fontSize,
        color: { stroke, fill: null },
      });
    }
  }
  return shapes;
}

/** Which shapes a remote peer moves during the burst, and by how much: the same in both apps. */
export interface RemoteMove {
  index: number;
  dx: number;
  dy: number;
}

export function remoteMoves(
  count: number,
  shapeCount: number,
  seed = SCENE_SEED + 1,
): RemoteMove[] {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => ({
    index: Math.floor(random() * shapeCount),
    dx: Math.round(between(random, -40, 40)),
    dy: Math.round(between(random, -40, 40)),
  }));
}
