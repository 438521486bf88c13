import { describe, expect, it } from 'vitest';
import { box } from './box.ts';
import {
  fitBounds,
  pageToScreen,
  panCamera,
  screenToPage,
  viewportBounds,
  zoomAt,
  type Camera,
} from './camera.ts';
import { pagePoint, screenPoint } from './vec.ts';

const camera: Camera = { x: 100, y: -50, zoom: 2 };

describe('page and screen conversion', () => {
  it('converts a page point to the screen and back', () => {
    const screen = pageToScreen(camera, pagePoint(110, -40));
    expect(screen).toEqual({ x: 20, y: 20 });
    expect(screenToPage(camera, screen)).toEqual({ x: 110, y: -40 });
  });

  it('shows the camera position at the top-left of the screen', () => {
    expect(pageToScreen(camera, pagePoint(100, -50))).toEqual({ x: 0, y: 0 });
  });

  it('reports the visible page area', () => {
    expect(viewportBounds(camera, { width: 800, height: 600 })).toEqual(box(100, -50, 400, 300));
  });

  it('pans so the content follows the pointer', () => {
    const moved = panCamera(camera, { x: 20, y: -10 });
    const page = pagePoint(120, 0);
    const before = pageToScreen(camera, page);
    const after = pageToScreen(moved, page);
    expect(after.x - before.x).toBeCloseTo(20);
    expect(after.y - before.y).toBeCloseTo(-10);
  });
});

describe('zoomAt', () => {
  it('keeps the page point under the cursor fixed', () => {
    const cursor = screenPoint(300, 200);
    const under = screenToPage(camera, cursor);
    const zoomed = zoomAt(camera, cursor, 1.5);
    expect(zoomed.zoom).toBe(3);
    const stillUnder = screenToPage(zoomed, cursor);
    expect(stillUnder.x).toBeCloseTo(under.x);
    expect(stillUnder.y).toBeCloseTo(under.y);
  });

  it('clamps to the zoom limits and still keeps the point fixed', () => {
    const cursor = screenPoint(50, 60);
    const under = screenToPage(camera, cursor);
    const zoomed = zoomAt(camera, cursor, 100, { min: 0.5, max: 4 });
    expect(zoomed.zoom).toBe(4);
    expect(screenToPage(zoomed, cursor).x).toBeCloseTo(under.x);
    expect(zoomAt(camera, cursor, 0.001, { min: 0.5, max: 4 }).zoom).toBe(0.5);
  });
});

describe('fitBounds', () => {
  it('centres the box and fits its larger side inside the padding', () => {
    const fitted = fitBounds(box(0, 0, 200, 100), { width: 800, height: 600 }, 100);
    expect(fitted.zoom).toBe(3); // 600 / 200 wins over 400 / 100
    const centre = pageToScreen(fitted, pagePoint(100, 50));
    expect(centre.x).toBeCloseTo(400);
    expect(centre.y).toBeCloseTo(300);
    expect(pageToScreen(fitted, pagePoint(0, 0)).x).toBeCloseTo(100);
  });

  it('respects the zoom limits', () => {
    const fitted = fitBounds(box(0, 0, 1, 1), { width: 800, height: 600 }, 0, {
      min: 0.1,
      max: 2,
    });
    expect(fitted.zoom).toBe(2);
  });

  it('keeps 100 % for an empty box and centres on it', () => {
    const fitted = fitBounds(box(10, 10, 0, 0), { width: 100, height: 100 });
    expect(fitted).toEqual({ x: -40, y: -40, zoom: 1 });
  });
});
