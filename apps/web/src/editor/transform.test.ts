import { createShape } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { transformPatch } from './transform.ts';

describe('transformPatch', () => {
  it('folds scale into size and keeps the centre', () => {
    const rect = createShape({
      type: 'rect',
      index: 'a0',
      geom: { x: 0, y: 0, width: 100, height: 50 },
    });
    const patch = transformPatch(rect, { x: 100, y: 50, scaleX: 2, scaleY: 2, rotation: 0 });
    expect(patch.geom).toMatchObject({ x: 0, y: 0, width: 200, height: 100, rotation: 0 });
  });

  it('scales the points of a stroke and the font of text', () => {
    const stroke = createShape({
      type: 'draw',
      index: 'a0',
      geom: { x: 0, y: 0, width: 10, height: 10, points: [0, 0, 10, 10] },
    });
    expect(
      transformPatch(stroke, { x: 10, y: 5, scaleX: 2, scaleY: 1, rotation: -90 }).geom,
    ).toMatchObject({
      points: [0, 0, 20, 10],
      rotation: 270,
    });
    const text = createShape({ type: 'text', index: 'a0', geom: { width: 50, height: 25 } });
    expect(transformPatch(text, { x: 0, y: 0, scaleX: 2, scaleY: 2, rotation: 0 }).style).toEqual({
      fontSize: 40,
    });
  });
});
