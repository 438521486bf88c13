import { boxCenter, rotatePoint, type Vec } from '@sketchroom/geometry';
import { geomBox } from './shape-geometry.ts';
import type { BindingEnd } from './shape-record.ts';
import type { Shape } from './shape.ts';
import { hasPoints } from './shape-types.ts';

// Where a bound arrow end sits on the shape it is bound to. Everything here works
// in the shape's own unrotated frame (centred on its box centre) and maps the
// answer back through the shape's rotation.

/** Page units between a bound arrow's end and the outline it points at (plus half its stroke). */
export const BINDING_GAP = 4;

/** Anchors within this distance of (0.5, 0.5) on both axes aim at the centre. */
export const CENTRE_ZONE = 0.3;

/** The outline an arrow end meets: what the shape draws, or its box for any other type. */
export type Outline = 'rect' | 'ellipse' | 'diamond';

export function outlineOf(shape: Shape): Outline {
  if (shape.type === 'ellipse') return 'ellipse';
  if (shape.type === 'diamond') return 'diamond';
  return 'rect';
}

/** Arrows attach to shapes drawn in a box (not to lines, arrows or strokes). */
export function isBindable(shape: Shape): boolean {
  return !hasPoints(shape.type) && !shape.geom.points;
}

/** One end of an arrow resolved against its shape: where it points and what it meets. */
export interface BoundTarget {
  shape: Shape;
  anchor: { x: number; y: number };
}

/** The shape an end is bound to, if it exists and can be bound to. */
export function resolveEnd(
  end: BindingEnd | undefined,
  lookup: (id: BindingEnd['shape']) => Shape | undefined,
): BoundTarget | undefined {
  if (!end) return undefined;
  const shape = lookup(end.shape);
  if (!shape || !isBindable(shape)) return undefined;
  return { shape, anchor: end.anchor };
}

/**
 * The anchor for a page point over a shape, in its unrotated box (0..1). A point
 * in the inner part of the shape gives the centre, so the arrow aims at the middle.
 */
export function anchorAt(shape: Shape, point: Vec): { x: number; y: number } {
  const { geom } = shape;
  const local = rotatePoint(point, boxCenter(geomBox(geom)), -geom.rotation);
  const x = geom.width > 0 ? clamp01((local.x - geom.x) / geom.width) : 0.5;
  const y = geom.height > 0 ? clamp01((local.y - geom.y) / geom.height) : 0.5;
  if (isCentred({ x, y })) return { x: 0.5, y: 0.5 };
  return { x: round4(x), y: round4(y) };
}

export function isCentred(anchor: { x: number; y: number }): boolean {
  return Math.abs(anchor.x - 0.5) <= CENTRE_ZONE && Math.abs(anchor.y - 0.5) <= CENTRE_ZONE;
}

/** The anchor in page coordinates: the point the arrow aims at. */
export function aimPoint(target: BoundTarget): Vec {
  const { geom } = target.shape;
  const anchor = isCentred(target.anchor) ? { x: 0.5, y: 0.5 } : target.anchor;
  const p = { x: geom.x + anchor.x * geom.width, y: geom.y + anchor.y * geom.height };
  return rotatePoint(p, boxCenter(geomBox(geom)), geom.rotation);
}

/**
 * Where an arrow end bound to `target` sits when the arrow comes from `toward`:
 * on the line from the aim point toward `toward`, where it leaves the outline,
 * moved a small gap further out.
 */
export function endOnOutline(target: BoundTarget, toward: Vec): Vec {
  const aim = aimPoint(target);
  const dx = toward.x - aim.x;
  const dy = toward.y - aim.y;
  const length = Math.hypot(dx, dy);
  // Nothing to aim at (the other end is on the aim point): leave to the right.
  const dir = length > 1e-9 ? { x: dx / length, y: dy / length } : { x: 1, y: 0 };
  return endAlong(target, aim, dir);
}

/** Leaves the outline from `from` (page) in page direction `dir` (a unit vector), plus the gap. */
export function endAlong(target: BoundTarget, from: Vec, dir: Vec): Vec {
  const { shape } = target;
  const { geom } = shape;
  const centre = boxCenter(geomBox(geom));
  const localFrom = rotatePoint(from, centre, -geom.rotation);
  const localDir = rotatePoint(dir, { x: 0, y: 0 }, -geom.rotation);
  const p = { x: localFrom.x - centre.x, y: localFrom.y - centre.y };
  const t = exitDistance(outlineOf(shape), geom.width / 2, geom.height / 2, p, localDir);
  const gap = BINDING_GAP + strokeOf(shape) / 2 + t;
  return { x: from.x + dir.x * gap, y: from.y + dir.y * gap };
}

/**
 * How far from point `p` (relative to the centre) along unit direction `d` the ray
 * leaves the outline with half sizes hw, hh; 0 when `p` is not inside it.
 */
export function exitDistance(outline: Outline, hw: number, hh: number, p: Vec, d: Vec): number {
  if (!(hw > 0) || !(hh > 0)) return 0;
  if (outline === 'ellipse') return ellipseExit(hw, hh, p, d);
  // Rect and diamond are convex polygons: each side a half-plane n·x <= 1.
  const sides =
    outline === 'rect'
      ? [
          { x: 1 / hw, y: 0 },
          { x: -1 / hw, y: 0 },
          { x: 0, y: 1 / hh },
          { x: 0, y: -1 / hh },
        ]
      : [
          { x: 1 / hw, y: 1 / hh },
          { x: -1 / hw, y: 1 / hh },
          { x: 1 / hw, y: -1 / hh },
          { x: -1 / hw, y: -1 / hh },
        ];
  let exit = Infinity;
  for (const n of sides) {
    const inside = 1 - (n.x * p.x + n.y * p.y);
    if (inside < 0) return 0; // p lies outside this side
    const speed = n.x * d.x + n.y * d.y;
    if (speed > 1e-12) exit = Math.min(exit, inside / speed);
  }
  return Number.isFinite(exit) ? exit : 0;
}

function ellipseExit(hw: number, hh: number, p: Vec, d: Vec): number {
  // Solve ((px + t dx)/hw)^2 + ((py + t dy)/hh)^2 = 1 for the larger t.
  const a = (d.x * d.x) / (hw * hw) + (d.y * d.y) / (hh * hh);
  const b = 2 * ((p.x * d.x) / (hw * hw) + (p.y * d.y) / (hh * hh));
  const c = (p.x * p.x) / (hw * hw) + (p.y * p.y) / (hh * hh) - 1;
  if (c > 0 || a <= 0) return 0;
  const root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
  return Math.max(0, (-b + root) / (2 * a));
}

function strokeOf(shape: Shape): number {
  const width = shape.style.strokeWidth;
  return Number.isFinite(width) && width > 0 ? Math.min(width, 100) : 0;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5;
}

function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}

/**
 * For elbow routes: where an end bound to `target` leaves it and in which page
 * direction (an axis). A centred anchor leaves by the side facing `toward`; any
 * other anchor by the side of its box nearest to it.
 */
export function elbowEnd(target: BoundTarget, toward: Vec): { point: Vec; dir: Vec } {
  const { geom } = target.shape;
  const centre = boxCenter(geomBox(geom));
  const hw = geom.width / 2;
  const hh = geom.height / 2;
  let normal: Vec;
  if (isCentred(target.anchor)) {
    const v = rotatePoint(toward, centre, -geom.rotation);
    const dx = (v.x - centre.x) / Math.max(hw, 1e-9);
    const dy = (v.y - centre.y) / Math.max(hh, 1e-9);
    normal =
      Math.abs(dx) >= Math.abs(dy) ? { x: dx < 0 ? -1 : 1, y: 0 } : { x: 0, y: dy < 0 ? -1 : 1 };
  } else {
    const { x, y } = target.anchor;
    const sides = [
      { d: 1 - x, n: { x: 1, y: 0 } },
      { d: x, n: { x: -1, y: 0 } },
      { d: 1 - y, n: { x: 0, y: 1 } },
      { d: y, n: { x: 0, y: -1 } },
    ];
    // Distances in page units, so a long thin box picks its truly nearest side.
    const scaled = sides.map((s) => ({ ...s, d: s.d * (s.n.x !== 0 ? geom.width : geom.height) }));
    normal = scaled.reduce((best, s) => (s.d < best.d ? s : best)).n;
  }
  const pageNormal = rotatePoint(normal, { x: 0, y: 0 }, geom.rotation);
  const point = endAlong(target, aimPoint(target), pageNormal);
  return { point, dir: axisOf(pageNormal) };
}

/** The page axis direction nearest to `v` (ties go horizontal). */
export function axisOf(v: Vec): Vec {
  if (Math.abs(v.x) >= Math.abs(v.y)) return { x: v.x < 0 ? -1 : 1, y: 0 };
  return { x: 0, y: v.y < 0 ? -1 : 1 };
}
