import type { Vec } from './vec.ts';

/** An axis-aligned rectangle. Width and height are ≥ 0 once normalized. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function box(x: number, y: number, width: number, height: number): Box {
  return { x, y, width, height };
}

/** Flips negative sizes (a drag up or left) so x, y is the top-left corner. */
export function normalizeBox(b: Box): Box {
  const x = b.width < 0 ? b.x + b.width : b.x;
  const y = b.height < 0 ? b.y + b.height : b.y;
  return { x, y, width: Math.abs(b.width), height: Math.abs(b.height) };
}

/** The box spanned by two corners, in any order. */
export function boxFromCorners(a: Vec, b: Vec): Box {
  return normalizeBox({ x: a.x, y: a.y, width: b.x - a.x, height: b.y - a.y });
}

export function boxUnion(a: Box, b: Box): Box {
  const minX = Math.min(a.x, b.x);
  const minY = Math.min(a.y, b.y);
  const maxX = Math.max(a.x + a.width, b.x + b.width);
  const maxY = Math.max(a.y + a.height, b.y + b.height);
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Smallest box holding every point; undefined for no points. */
export function boundsOfPoints(points: readonly Vec[]): Box | undefined {
  if (points.length === 0) return undefined;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    if (p.x < minX) minX = p.x;
    if (p.y < minY) minY = p.y;
    if (p.x > maxX) maxX = p.x;
    if (p.y > maxY) maxY = p.y;
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}

/** Smallest box holding every box; undefined for no boxes. */
export function boundsOfBoxes(boxes: readonly Box[]): Box | undefined {
  let result: Box | undefined;
  for (const b of boxes) result = result ? boxUnion(result, b) : b;
  return result;
}

/** True when the boxes overlap or touch. */
export function boxIntersects(a: Box, b: Box): boolean {
  return (
    a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
  );
}

/** True when inner lies entirely inside outer (edges may touch). */
export function boxContainsBox(outer: Box, inner: Box): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

export function boxContainsPoint(b: Box, p: Vec): boolean {
  return p.x >= b.x && p.x <= b.x + b.width && p.y >= b.y && p.y <= b.y + b.height;
}

/** Grows the box by `amount` on every side (shrinks for a negative amount). */
export function expandBox(b: Box, amount: number): Box {
  return normalizeBox({
    x: b.x - amount,
    y: b.y - amount,
    width: b.width + amount * 2,
    height: b.height + amount * 2,
  });
}

export function boxCenter(b: Box): Vec {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Corners clockwise from the top-left. */
export function boxCorners(b: Box): [Vec, Vec, Vec, Vec] {
  const right = b.x + b.width;
  const bottom = b.y + b.height;
  return [
    { x: b.x, y: b.y },
    { x: right, y: b.y },
    { x: right, y: bottom },
    { x: b.x, y: bottom },
  ];
}

export function translateBox(b: Box, delta: Vec): Box {
  return { x: b.x + delta.x, y: b.y + delta.y, width: b.width, height: b.height };
}
