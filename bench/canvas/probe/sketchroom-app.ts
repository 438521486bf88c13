import type { BenchApp, Camera } from './types.ts';

/** The part of Sketchroom's test hook (`window.__sketchroom`, canvas/inspector.ts) we read. */
interface SketchroomInspector {
  shapeCount(): number;
  camera(): Camera;
  pageToScreen(x: number, y: number): { x: number; y: number };
}

function inspector(): SketchroomInspector | undefined {
  return (window as unknown as { __sketchroom?: SketchroomInspector }).__sketchroom;
}

function canvasElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('[data-testid="canvas"]');
}

/**
 * Sketchroom through its read-only inspector, so the app needs nothing extra for the bench.
 * Null until the board page has mounted its canvas.
 */
export function sketchroomApp(): BenchApp | null {
  if (!inspector()) return null;
  return {
    camera: () => inspector()?.camera() ?? { x: NaN, y: NaN, zoom: NaN },
    shapeCount: () => inspector()?.shapeCount() ?? 0,
    pageToClient(x, y) {
      const screen = inspector()?.pageToScreen(x, y) ?? { x: NaN, y: NaN };
      const rect = canvasElement()?.getBoundingClientRect();
      return { x: screen.x + (rect?.left ?? 0), y: screen.y + (rect?.top ?? 0) };
    },
    // One canvas per Konva layer; the topmost layer holds the selection overlay, not shapes.
    shapeCanvases() {
      const layers = [...document.querySelectorAll('.konvajs-content canvas')];
      return layers.slice(0, -1) as HTMLCanvasElement[];
    },
  };
}
