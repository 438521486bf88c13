import {
  shadowColor,
  type DrawCommand,
  type ImageCommand,
  type PathCommand,
  type PathGeometry,
  type PathSegment,
  type TextCommand,
} from '@sketchroom/board-render';
import { isAssetId } from '../assets/asset-id.ts';
import type { ImageLookup } from './image-cache.ts';
import { fontFor } from './measure.ts';
import { paintSpinner } from './spinner.ts';

// Path2D objects for segment paths (freehand outlines, hand-drawn strokes, curved arrows).
// board-render hands back the same segments while a shape is unchanged (OutlineCache for
// freehand, a per-record cache for hand-drawn strokes), so this cache keys on them and a
// still shape is neither re-computed nor re-traced on repaint.
const segmentPaths = new WeakMap<readonly PathSegment[], Path2D>();

function pathOf(segments: readonly PathSegment[]): Path2D {
  let path = segmentPaths.get(segments);
  if (path) return path;
  path = new Path2D();
  for (const s of segments) {
    if (s.op === 'M') path.moveTo(s.x, s.y);
    else if (s.op === 'L') path.lineTo(s.x, s.y);
    else if (s.op === 'Q') path.quadraticCurveTo(s.cx, s.cy, s.x, s.y);
    else if (s.op === 'C') path.bezierCurveTo(s.c1x, s.c1y, s.c2x, s.c2y, s.x, s.y);
    else path.closePath();
  }
  segmentPaths.set(segments, path);
  return path;
}

/** Traces a geometry as the context's current path. */
function trace(ctx: CanvasRenderingContext2D, geometry: Exclude<PathGeometry, { kind: 'path' }>) {
  ctx.beginPath();
  switch (geometry.kind) {
    case 'rect': {
      const { x, y, width, height, radius } = geometry;
      if (radius > 0) ctx.roundRect(x, y, width, height, radius);
      else ctx.rect(x, y, width, height);
      return;
    }
    case 'ellipse':
      ctx.ellipse(geometry.cx, geometry.cy, geometry.rx, geometry.ry, 0, 0, Math.PI * 2);
      return;
    case 'polyline': {
      const { points } = geometry;
      ctx.moveTo(points[0] ?? 0, points[1] ?? 0);
      for (let i = 2; i + 1 < points.length; i += 2) ctx.lineTo(points[i], points[i + 1]);
      if (geometry.closed) ctx.closePath();
      return;
    }
  }
}

function paintPath(ctx: CanvasRenderingContext2D, command: PathCommand): void {
  const { fill, stroke, shadow, opacity, geometry } = command;
  if (fill === null && stroke === null) return;
  const scoped = shadow !== undefined || opacity !== undefined;
  if (scoped) {
    ctx.save();
    if (opacity !== undefined) ctx.globalAlpha *= opacity;
    if (shadow) {
      // Shadow sizes are in device pixels, untouched by the transform: scale them as the
      // shape is scaled (zoom, screen density, a 2× export), as SVG's filter is.
      const m = ctx.getTransform();
      const scale = Math.hypot(m.a, m.b) || 1;
      ctx.shadowColor = shadowColor(shadow);
      ctx.shadowBlur = shadow.blur * scale;
      ctx.shadowOffsetX = shadow.offsetX * scale;
      ctx.shadowOffsetY = shadow.offsetY * scale;
    }
  }
  const path = geometry.kind === 'path' ? pathOf(geometry.segments) : null;
  if (geometry.kind !== 'path') trace(ctx, geometry);
  if (fill !== null) {
    ctx.fillStyle = fill;
    if (path) ctx.fill(path);
    else ctx.fill();
  }
  if (stroke !== null) {
    ctx.lineWidth = stroke.width;
    ctx.strokeStyle = stroke.color;
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    if (stroke.dash) ctx.setLineDash(stroke.dash as number[]);
    if (path) ctx.stroke(path);
    else ctx.stroke();
    if (stroke.dash) ctx.setLineDash([]);
  }
  if (scoped) ctx.restore();
}

function paintText(ctx: CanvasRenderingContext2D, command: TextCommand): void {
  ctx.font = fontFor(command.fontSize, command.fontFamily);
  ctx.fillStyle = command.color;
  ctx.textBaseline = 'middle';
  ctx.fillText(command.text, command.x, command.y);
}

/** How much the context scales page units into device pixels. */
function deviceScale(ctx: CanvasRenderingContext2D): number {
  const m = ctx.getTransform();
  return Math.hypot(m.a, m.b) || 1;
}

/**
 * The picture over its box once decoded; until then its placeholder, with a spinner while
 * the file is on its way (never a broken image). Without `images` the placeholder alone.
 */
function paintImage(ctx: CanvasRenderingContext2D, command: ImageCommand, images?: ImageLookup) {
  const { asset, x, y, width, height } = command;
  // An id that is no content hash names no file anyone could upload: no spinner for it.
  if (!asset || !images || !isAssetId(asset)) return paintCommands(ctx, command.fallback);
  const scale = deviceScale(ctx);
  const { state, bitmap } = images.image(asset, Math.max(width, height) * scale);
  if (state === 'ready' && bitmap) {
    ctx.imageSmoothingQuality = 'high';
    ctx.drawImage(bitmap, x, y, width, height);
    return;
  }
  paintCommands(ctx, command.fallback);
  if (state === 'loading') paintSpinner(ctx, x + width / 2, y + height / 2, width, height, scale);
}

/**
 * Paints board-render's commands onto a 2D context, in order. The context is
 * already in the shape's local box, turned and faded as the shape is. Pictures come
 * from `images`; without it they show their placeholder.
 */
export function paintCommands(
  ctx: CanvasRenderingContext2D,
  commands: readonly DrawCommand[],
  images?: ImageLookup,
): void {
  for (const command of commands) {
    if (command.type === 'path') paintPath(ctx, command);
    else if (command.type === 'text') paintText(ctx, command);
    else paintImage(ctx, command, images);
  }
}
