import type { Shape } from '@sketchroom/board-model';
import type { Drawable, Op, OpSet, Options } from 'roughjs/bin/core.js';
import { RoughGenerator } from 'roughjs/bin/generator.js';
import type { DrawCommand, PathCommand, PathGeometry, PathSegment } from './commands.ts';
import { pathData } from './path-data.ts';

// roughjs's generator computes strokes as data (no canvas, no DOM), which is
// turned into our own path segments so every painter draws the same strokes.
const generator = new RoughGenerator();

/**
 * A positive 30-bit seed from a shape id (FNV-1a): every client and every
 * export draws a shape's strokes alike. roughjs falls back to Math.random for
 * a seed of 0, so 0 is never returned.
 */
export function seedFromId(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash >>> 0) % 0x3fffffff) + 1;
}

/** Beyond this size (page units) an outline is drawn clean: roughjs's work grows with size. */
const ROUGH_LIMIT = 100_000;

/** Beyond this many vertices an outline is drawn clean, for the same reason. */
const VERTEX_LIMIT = 5_000;

function vertexCount(geometry: PathGeometry): number {
  if (geometry.kind === 'polyline') return geometry.points.length / 2;
  return geometry.kind === 'path' ? geometry.segments.length : 4;
}

/** The hand-drawn outline of one command: its fill area and its stroke, as path segments. */
interface RoughOutline {
  fill: PathSegment[] | null;
  stroke: PathSegment[] | null;
}

function toSegments(ops: readonly Op[]): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const { op, data } of ops) {
    if (op === 'move') segments.push({ op: 'M', x: data[0], y: data[1] });
    else if (op === 'lineTo') segments.push({ op: 'L', x: data[0], y: data[1] });
    else {
      const [c1x, c1y, c2x, c2y, x, y] = data;
      segments.push({ op: 'C', c1x, c1y, c2x, c2y, x, y });
    }
  }
  return segments;
}

const pairs = (points: readonly number[]): [number, number][] => {
  const out: [number, number][] = [];
  for (let i = 0; i + 1 < points.length; i += 2) out.push([points[i], points[i + 1]]);
  return out;
};

/** The rounded rectangle as path data roughjs can follow (quarter curves at the corners). */
function roundedRectPath(x: number, y: number, w: number, h: number, r: number): string {
  const segments: PathSegment[] = [
    { op: 'M', x: x + r, y },
    { op: 'L', x: x + w - r, y },
    { op: 'Q', cx: x + w, cy: y, x: x + w, y: y + r },
    { op: 'L', x: x + w, y: y + h - r },
    { op: 'Q', cx: x + w, cy: y + h, x: x + w - r, y: y + h },
    { op: 'L', x: x + r, y: y + h },
    { op: 'Q', cx: x, cy: y + h, x, y: y + h - r },
    { op: 'L', x, y: y + r },
    { op: 'Q', cx: x, cy: y, x: x + r, y },
    { op: 'Z' },
  ];
  return pathData(segments);
}

function draw(geometry: PathGeometry, options: Options): Drawable {
  switch (geometry.kind) {
    case 'rect': {
      const { x, y, width, height, radius } = geometry;
      return radius > 0
        ? generator.path(roundedRectPath(x, y, width, height, radius), options)
        : generator.rectangle(x, y, width, height, options);
    }
    case 'ellipse':
      return generator.ellipse(geometry.cx, geometry.cy, geometry.rx * 2, geometry.ry * 2, options);
    case 'polyline':
      return geometry.closed
        ? generator.polygon(pairs(geometry.points), options)
        : generator.linearPath(pairs(geometry.points), options);
    case 'path':
      return generator.path(pathData(geometry.segments), options);
  }
}

/** Width and height of a geometry's extent, to bound the work and scale the wobble. */
function extentOf(geometry: PathGeometry): number {
  switch (geometry.kind) {
    case 'rect':
      return Math.max(Math.abs(geometry.width), Math.abs(geometry.height));
    case 'ellipse':
      return Math.max(Math.abs(geometry.rx), Math.abs(geometry.ry)) * 2;
    case 'polyline':
    case 'path': {
      // A loop, not Math.max(...points): a long stroke would overflow the call stack.
      let minX = Infinity;
      let minY = Infinity;
      let maxX = -Infinity;
      let maxY = -Infinity;
      const add = (x: number, y: number) => {
        minX = Math.min(minX, x);
        minY = Math.min(minY, y);
        maxX = Math.max(maxX, x);
        maxY = Math.max(maxY, y);
      };
      if (geometry.kind === 'polyline') {
        const { points } = geometry;
        for (let i = 0; i + 1 < points.length; i += 2) add(points[i], points[i + 1]);
      } else {
        for (const s of geometry.segments) if (s.op !== 'Z') add(s.x, s.y);
      }
      return maxX >= minX ? Math.max(maxX - minX, maxY - minY) : 0;
    }
  }
}

function roughOutline(command: PathCommand, seed: number, roughness: number): RoughOutline | null {
  const extent = extentOf(command.geometry);
  if (
    !Number.isFinite(extent) ||
    extent > ROUGH_LIMIT ||
    vertexCount(command.geometry) > VERTEX_LIMIT
  ) {
    return null;
  }
  const dashed = (command.stroke?.dash?.length ?? 0) > 0;
  const drawable = draw(command.geometry, {
    seed,
    // Small outlines (arrow heads, tiny boxes) wobble less, or they turn to scribble.
    roughness: roughness * Math.min(1, Math.max(0.3, extent / 60)),
    stroke: command.stroke ? 'currentColor' : 'none',
    fill: command.fill === null ? undefined : 'currentColor',
    fillStyle: 'solid',
    // A second pass would double every dash.
    disableMultiStroke: dashed,
  });
  const find = (type: OpSet['type']) => drawable.sets.find((set) => set.type === type);
  const fill = find('fillPath');
  const stroke = find('path');
  return {
    fill: fill ? toSegments(fill.ops) : null,
    stroke: stroke ? toSegments(stroke.ops) : null,
  };
}

// Outlines by shape id, then by what they were made from (the clean geometry in the shape's
// local box, the seed, the roughness): a moved shape, a peer's copy of the record or a change
// of colour or theme (painted later) reuses its strokes, and a drag does no roughjs work.
// Like OutlineCache, it forgets everything past a bound rather than tracking deletions.
const cache = new Map<string, Map<string, RoughOutline | null>>();
const CACHE_LIMIT = 20_000;
/** Outlines kept per shape: a resize makes a new one each frame. */
const PER_SHAPE_LIMIT = 16;

function cachedOutline(
  id: string,
  command: PathCommand,
  seed: number,
  roughness: number,
): RoughOutline | null {
  let outlines = cache.get(id);
  if (!outlines) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    outlines = new Map();
    cache.set(id, outlines);
  }
  const key = `${seed}|${roughness}|${command.fill !== null}|${command.stroke !== null}|${command.stroke?.dash?.length ?? 0}|${JSON.stringify(command.geometry)}`;
  if (outlines.has(key)) return outlines.get(key) ?? null;
  const outline = roughOutline(command, seed, roughness);
  if (outlines.size >= PER_SHAPE_LIMIT) outlines.clear();
  outlines.set(key, outline);
  return outline;
}

/**
 * The hand-drawn version of a shape's drawing: each outline is redrawn by
 * roughjs, seeded from the shape id and the command's place, so the same shape
 * always wobbles the same way. Text and images pass through unchanged.
 */
export function roughen(shape: Shape, commands: DrawCommand[], roughness: number): DrawCommand[] {
  const seed = seedFromId(shape.id);
  const out: DrawCommand[] = [];
  commands.forEach((command, i) => {
    if (command.type !== 'path') {
      out.push(command);
      return;
    }
    const outline = cachedOutline(shape.id, command, seed + i, roughness);
    if (!outline) {
      out.push(command);
      return;
    }
    const { opacity, shadow } = command;
    const extra = { ...(opacity !== undefined && { opacity }), ...(shadow && { shadow }) };
    if (command.fill !== null && outline.fill) {
      out.push({
        type: 'path',
        geometry: { kind: 'path', segments: outline.fill },
        fill: command.fill,
        stroke: null,
        ...extra,
      });
    }
    if (command.stroke !== null && outline.stroke) {
      out.push({
        type: 'path',
        geometry: { kind: 'path', segments: outline.stroke },
        fill: null,
        stroke: command.stroke,
        ...extra,
      });
    }
  });
  return out;
}
