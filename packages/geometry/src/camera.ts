import type { Box } from './box.ts';
import { pagePoint, screenPoint, type PagePoint, type ScreenPoint, type Vec } from './vec.ts';

/**
 * Where the viewport looks: x, y is the page point shown at the top-left of the
 * canvas and zoom is screen pixels per page unit. So screen = (page - camera) * zoom.
 */
export interface Camera {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export interface ZoomLimits {
  readonly min: number;
  readonly max: number;
}

export const DEFAULT_ZOOM_LIMITS: ZoomLimits = { min: 0.02, max: 8 };

export const IDENTITY_CAMERA: Camera = { x: 0, y: 0, zoom: 1 };

export function clampZoom(zoom: number, limits: ZoomLimits = DEFAULT_ZOOM_LIMITS): number {
  return Math.min(limits.max, Math.max(limits.min, zoom));
}

export function pageToScreen(camera: Camera, p: PagePoint): ScreenPoint {
  return screenPoint((p.x - camera.x) * camera.zoom, (p.y - camera.y) * camera.zoom);
}

export function screenToPage(camera: Camera, p: ScreenPoint): PagePoint {
  return pagePoint(p.x / camera.zoom + camera.x, p.y / camera.zoom + camera.y);
}

/** The page area the viewport shows; use it to cull shapes off screen. */
export function viewportBounds(camera: Camera, viewport: Size): Box {
  return {
    x: camera.x,
    y: camera.y,
    width: viewport.width / camera.zoom,
    height: viewport.height / camera.zoom,
  };
}

/** Moves the view by a screen distance, as when the user drags the canvas. */
export function panCamera(camera: Camera, screenDelta: Vec): Camera {
  return {
    x: camera.x - screenDelta.x / camera.zoom,
    y: camera.y - screenDelta.y / camera.zoom,
    zoom: camera.zoom,
  };
}

/**
 * Multiplies the zoom by `factor` (clamped to the limits) while the page point
 * under `anchor` stays under it, so zooming follows the cursor.
 */
export function zoomAt(
  camera: Camera,
  anchor: ScreenPoint,
  factor: number,
  limits: ZoomLimits = DEFAULT_ZOOM_LIMITS,
): Camera {
  const zoom = clampZoom(camera.zoom * factor, limits);
  const fixed = screenToPage(camera, anchor);
  return { x: fixed.x - anchor.x / zoom, y: fixed.y - anchor.y / zoom, zoom };
}

/**
 * The camera that centres `bounds` in the viewport with `padding` screen pixels
 * free on every side, zoomed as far as the limits allow.
 */
export function fitBounds(
  bounds: Box,
  viewport: Size,
  padding = 0,
  limits: ZoomLimits = DEFAULT_ZOOM_LIMITS,
): Camera {
  const freeWidth = Math.max(1, viewport.width - padding * 2);
  const freeHeight = Math.max(1, viewport.height - padding * 2);
  const fitX = bounds.width > 0 ? freeWidth / bounds.width : Infinity;
  const fitY = bounds.height > 0 ? freeHeight / bounds.height : Infinity;
  const fit = Math.min(fitX, fitY);
  // A point or empty box has no size to fit: keep 100 % rather than zoom to the limit.
  const zoom = clampZoom(Number.isFinite(fit) ? fit : 1, limits);
  const centerX = bounds.x + bounds.width / 2;
  const centerY = bounds.y + bounds.height / 2;
  return {
    x: centerX - viewport.width / 2 / zoom,
    y: centerY - viewport.height / 2 / zoom,
    zoom,
  };
}
