import { describe, expect, it } from 'vitest';
import { IMAGE_GAP, layoutImages } from './image-layout.ts';

const view = { width: 1000, height: 800 };

describe('layoutImages', () => {
  it('centres one image on the point at its natural size', () => {
    expect(layoutImages([{ width: 200, height: 100 }], { x: 50, y: 60 }, view)).toEqual([
      { x: -50, y: 10, width: 200, height: 100 },
    ]);
  });

  it('scales a huge image down to the view, keeping its aspect ratio', () => {
    const [box] = layoutImages([{ width: 4000, height: 1000 }], { x: 0, y: 0 }, view);
    expect(box.width).toBeCloseTo(800);
    expect(box.height).toBeCloseTo(200);
  });

  it('puts several side by side without overlap, the row centred and in view', () => {
    const sizes = [
      { width: 300, height: 200 },
      { width: 300, height: 300 },
      { width: 300, height: 100 },
    ];
    const boxes = layoutImages(sizes, { x: 500, y: 400 }, view);
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i].x).toBeCloseTo(boxes[i - 1].x + boxes[i - 1].width + IMAGE_GAP);
      expect(boxes[i].width / boxes[i].height).toBeCloseTo(sizes[i].width / sizes[i].height);
    }
    const left = boxes[0].x;
    const right = boxes[2].x + boxes[2].width;
    expect((left + right) / 2).toBeCloseTo(500);
    expect(right - left).toBeLessThanOrEqual(800 + 1e-9);
  });
});
