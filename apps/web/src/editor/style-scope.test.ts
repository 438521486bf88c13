import { SHAPE_TYPES } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { scopedStyle, typeOfTool, usesStyleField } from './style-scope.ts';

const ALL = {
  stroke: '#e03131',
  strokeStyle: 'dashed',
  roughness: 2,
  fontFamily: 'hand',
  startHead: 'dot',
  endHead: 'bar',
  routing: 'elbow',
};

describe('scopedStyle', () => {
  it('keeps each new field only on the types it means something to', () => {
    const kept = Object.fromEntries(
      SHAPE_TYPES.map((type) => [type, Object.keys(scopedStyle(type, ALL)).sort()]),
    );
    const outline = ['roughness', 'stroke', 'strokeStyle'];
    expect(kept).toEqual({
      rect: [...outline, 'fontFamily'].sort(),
      ellipse: [...outline, 'fontFamily'].sort(),
      diamond: [...outline, 'fontFamily'].sort(),
      line: outline,
      arrow: [...outline, 'endHead', 'fontFamily', 'routing', 'startHead'].sort(),
      draw: ['stroke'],
      text: ['fontFamily', 'stroke'],
      note: ['fontFamily', 'stroke'],
      image: ['stroke'],
    });
  });

  it('leaves the patch it was given alone', () => {
    const patch = { ...ALL };
    scopedStyle('draw', patch);
    expect(patch).toEqual(ALL);
  });
});

describe('usesStyleField', () => {
  it('is true when any of the types uses the field', () => {
    expect(usesStyleField(['rect', 'text'], 'startHead')).toBe(false);
    expect(usesStyleField(['rect', 'arrow'], 'startHead')).toBe(true);
    expect(usesStyleField(['text'], 'strokeStyle')).toBe(false);
    expect(usesStyleField([typeOfTool('pen')], 'roughness')).toBe(false);
    expect(usesStyleField([], 'fontFamily')).toBe(false);
  });
});
