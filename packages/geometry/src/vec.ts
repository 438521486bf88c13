/** A plain 2D vector; every point type below is one of these at runtime. */
export interface Vec {
  readonly x: number;
  readonly y: number;
}

// Brands exist only in the type system: they stop a screen position from being
// passed where a page position is expected (and the other way round).
declare const space: unique symbol;

/** A position in page coordinates (the board's own, independent of camera). */
export type PagePoint = Vec & { readonly [space]: 'page' };

/** A position in screen coordinates (CSS pixels relative to the canvas). */
export type ScreenPoint = Vec & { readonly [space]: 'screen' };

export function pagePoint(x: number, y: number): PagePoint {
  return { x, y } as PagePoint;
}

export function screenPoint(x: number, y: number): ScreenPoint {
  return { x, y } as ScreenPoint;
}

export function vec(x: number, y: number): Vec {
  return { x, y };
}

export function addVec(a: Vec, b: Vec): Vec {
  return { x: a.x + b.x, y: a.y + b.y };
}

export function subVec(a: Vec, b: Vec): Vec {
  return { x: a.x - b.x, y: a.y - b.y };
}

export function scaleVec(a: Vec, factor: number): Vec {
  return { x: a.x * factor, y: a.y * factor };
}

export function vecLength(a: Vec): number {
  return Math.hypot(a.x, a.y);
}

export function distance(a: Vec, b: Vec): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

export function vecEquals(a: Vec, b: Vec, epsilon = 0): boolean {
  return Math.abs(a.x - b.x) <= epsilon && Math.abs(a.y - b.y) <= epsilon;
}
