import type { Camera } from '@sketchroom/geometry';
import type { Theme } from '../editor/session.ts';

const BASE_SPACING = 20;

/**
 * The dot grid as a CSS background on the canvas element: free to draw, and it
 * moves with the camera. Spacing doubles when dots would crowd at low zoom.
 */
export function paintDotGrid(element: HTMLElement, camera: Camera, theme: Theme): void {
  let spacing = BASE_SPACING * camera.zoom;
  while (spacing < 12) spacing *= 2;
  const dot = theme === 'dark' ? 'rgba(255,255,255,0.14)' : 'rgba(20,20,40,0.16)';
  const radius = Math.max(0.6, Math.min(1.2, camera.zoom));
  const offsetX = -camera.x * camera.zoom;
  const offsetY = -camera.y * camera.zoom;
  const style = element.style;
  style.backgroundImage = `radial-gradient(circle, ${dot} ${radius}px, transparent ${radius + 0.4}px)`;
  style.backgroundSize = `${spacing}px ${spacing}px`;
  style.backgroundPosition = `${offsetX % spacing}px ${offsetY % spacing}px`;
}
