import type { Session } from '../editor/session.ts';

const DOT_SPACING = 20;
/** Grid lines closer than this on screen are thinned out (spacing doubled). */
const MIN_LINE_SPACING_PX = 8;

type GridView = Pick<Session, 'camera' | 'theme' | 'gridOn' | 'gridSize'>;

/**
 * The background as CSS on the canvas element: free to draw, and it moves with the
 * camera. Dots when the grid is off; when it is on, lines at the grid size (the size
 * shapes snap to), every fifth line stronger. Spacing doubles when it would crowd.
 */
export function paintDotGrid(element: HTMLElement, view: GridView): void {
  const { camera, theme } = view;
  const dark = theme === 'dark';
  const style = element.style;
  if (view.gridOn && view.gridSize > 0) {
    let step = view.gridSize;
    while (step * camera.zoom < MIN_LINE_SPACING_PX) step *= 2;
    const minor = step * camera.zoom;
    const major = minor * 5;
    const thin = dark ? 'rgba(255,255,255,0.07)' : 'rgba(20,20,40,0.07)';
    const bold = dark ? 'rgba(255,255,255,0.12)' : 'rgba(20,20,40,0.12)';
    const line = (color: string, direction: string) =>
      `linear-gradient(${direction}, ${color} 1px, transparent 1px)`;
    style.backgroundImage = [
      line(bold, 'to right'),
      line(bold, 'to bottom'),
      line(thin, 'to right'),
      line(thin, 'to bottom'),
    ].join(', ');
    style.backgroundSize = [major, major, minor, minor].map((s) => `${s}px ${s}px`).join(', ');
    // Grid lines sit on page multiples of the step: offset by the camera modulo the period.
    const offset = (period: number) =>
      `${modulo(-camera.x * camera.zoom, period)}px ${modulo(-camera.y * camera.zoom, period)}px`;
    style.backgroundPosition = [major, major, minor, minor].map(offset).join(', ');
    element.dataset.grid = String(view.gridSize);
    return;
  }
  let spacing = DOT_SPACING * camera.zoom;
  while (spacing < 12) spacing *= 2;
  const dot = dark ? 'rgba(255,255,255,0.14)' : 'rgba(20,20,40,0.16)';
  const radius = Math.max(0.6, Math.min(1.2, camera.zoom));
  style.backgroundImage = `radial-gradient(circle, ${dot} ${radius}px, transparent ${radius + 0.4}px)`;
  style.backgroundSize = `${spacing}px ${spacing}px`;
  style.backgroundPosition = `${modulo(-camera.x * camera.zoom, spacing)}px ${modulo(-camera.y * camera.zoom, spacing)}px`;
  delete element.dataset.grid;
}

function modulo(value: number, period: number): number {
  return ((value % period) + period) % period;
}
