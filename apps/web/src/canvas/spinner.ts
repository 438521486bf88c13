import { PLACEHOLDER_COLOR } from '@sketchroom/board-render';

/** Largest spinner radius in device pixels; a small box gets a smaller one. */
const MAX_RADIUS = 12;
/** One turn per this many milliseconds. */
const TURN_MS = 900;

/** The spinner's radius in page units for a box of `width` × `height` drawn at `scale`. */
export function spinnerRadius(width: number, height: number, scale: number): number {
  return Math.max(0, Math.min(MAX_RADIUS / scale, Math.min(width, height) / 4));
}

/**
 * Page units around a picture's centre that its spinner may cover at `zoom`: all a
 * spinner frame needs repainted (a loading picture does not repaint its whole box).
 */
export function spinnerReach(zoom: number): number {
  return (MAX_RADIUS + 4) / Math.max(zoom, 1e-3);
}

/**
 * A three-quarter ring turning with the clock, centred at (cx, cy): a file on its way.
 * Painted anew each animation frame while some picture is loading.
 */
export function paintSpinner(
  ctx: CanvasRenderingContext2D,
  cx: number,
  cy: number,
  width: number,
  height: number,
  scale: number,
): void {
  const radius = spinnerRadius(width, height, scale);
  if (radius <= 0) return;
  const start = ((performance.now() % TURN_MS) / TURN_MS) * Math.PI * 2;
  ctx.save();
  ctx.beginPath();
  ctx.arc(cx, cy, radius, start, start + Math.PI * 1.5);
  ctx.strokeStyle = PLACEHOLDER_COLOR;
  ctx.lineWidth = Math.max(radius / 4, 1 / scale);
  ctx.lineCap = 'round';
  ctx.stroke();
  ctx.restore();
}
