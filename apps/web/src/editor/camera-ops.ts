import { boundsOfShapes, type ShapeId } from '@sketchroom/board-model';
import { DEFAULT_ZOOM_LIMITS, fitBounds, screenPoint, zoomAt } from '@sketchroom/geometry';
import type { Editor } from './editor.ts';

const ZOOM_STEPS = [0.02, 0.05, 0.1, 0.15, 0.25, 0.33, 0.5, 0.67, 1, 1.5, 2, 3, 4, 6, 8];
/** Screen pixels left free around content when zooming to fit. */
const FIT_PADDING = 64;

function viewportCenter(editor: Editor) {
  const { width, height } = editor.state.viewport;
  return screenPoint(width / 2, height / 2);
}

/** Zooms about the viewport centre to the given zoom. */
export function zoomTo(editor: Editor, zoom: number): void {
  const factor = zoom / editor.camera.zoom;
  editor.setCamera(zoomAt(editor.camera, viewportCenter(editor), factor));
}

export function zoomIn(editor: Editor): void {
  const current = editor.camera.zoom;
  const next =
    ZOOM_STEPS.find((step) => step > current * 1.01) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1];
  zoomTo(editor, next);
}

export function zoomOut(editor: Editor): void {
  const current = editor.camera.zoom;
  const lower = ZOOM_STEPS.filter((step) => step < current * 0.99);
  zoomTo(editor, lower.length > 0 ? lower[lower.length - 1] : ZOOM_STEPS[0]);
}

/** Fits the given shapes (default: every shape) in view, never zooming past 100 %. */
export function zoomToFit(editor: Editor, ids?: readonly ShapeId[]): void {
  const shapes = ids ? ids.flatMap((id) => editor.getShape(id) ?? []) : editor.index.all();
  const bounds = boundsOfShapes(shapes);
  if (!bounds) return;
  const camera = fitBounds(bounds, editor.state.viewport, FIT_PADDING, {
    min: DEFAULT_ZOOM_LIMITS.min,
    max: 1,
  });
  editor.setCamera(camera);
}

export function zoomToSelection(editor: Editor): void {
  if (editor.selectedIds.length > 0) zoomToFit(editor, editor.selectedIds);
}
