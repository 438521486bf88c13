import { describe, expect, it } from 'vitest';
import { snapMove, snapResize, type SnapOptions } from './snapping.ts';

const objects: SnapOptions = { objects: true, threshold: 8, grid: 0 };
const gridOnly: SnapOptions = { objects: false, threshold: 8, grid: 20 };
const both: SnapOptions = { objects: true, threshold: 8, grid: 20 };
const box = (x: number, y: number, width = 100, height = 50) => ({ x, y, width, height });

describe('snapMove', () => {
  const target = box(300, 300);

  it('pulls a left edge onto a target left edge and draws the guide across both boxes', () => {
    // Dragged to x = 305: 5 from the target's left edge, 5 < 8.
    const result = snapMove(box(0, 0, 60), { x: 305, y: 100 }, [target], objects);
    expect(result.delta).toEqual({ x: 300, y: 100 });
    expect(result.guides).toEqual([{ axis: 'x', at: 300, from: 100, to: 350 }]);
    // Boxes of one width line up on all three lines: three guides.
    const same = snapMove(box(0, 0), { x: 305, y: 100 }, [target], objects);
    expect(same.guides.map((g) => g.at)).toEqual([300, 350, 400]);
  });

  it('pulls a right edge onto a left edge, and centres onto centres', () => {
    // Right edge at 203 + 100 = 303 → 300.
    expect(snapMove(box(0, 0), { x: 203, y: 0 }, [target], objects).delta.x).toBe(200);
    // Centre x at 346 + 50 = 396... target centre 350: box at 296 has centre 346 → 350.
    const centred = snapMove(box(0, 0), { x: 296, y: 600 }, [box(300, 300, 100, 50)], objects);
    expect(centred.delta.x).toBe(300);
    const middle = snapMove(box(0, 0, 40, 40), { x: 0, y: 303 }, [box(300, 300, 100, 50)], objects);
    // The moved box's centre y (303 + 20) is 2 from the target's centre 325.
    expect(middle.delta.y).toBe(305);
    expect(middle.guides).toEqual([{ axis: 'y', at: 325, from: 0, to: 400 }]);
  });

  it('takes the nearest line when several are in reach', () => {
    const targets = [box(300, 0, 100, 10), box(304, 100, 100, 10)];
    // Left edge at 306: 6 from 300, 2 from 304 (and so for the centres and right edges).
    expect(snapMove(box(0, 0), { x: 306, y: 500 }, targets, objects).delta.x).toBe(304);
  });

  it('leaves a move alone beyond the threshold, exactly at it snaps', () => {
    expect(snapMove(box(0, 0), { x: 309, y: 0 }, [target], objects)).toEqual({
      delta: { x: 309, y: 0 },
      guides: [],
    });
    expect(snapMove(box(0, 0), { x: 308, y: 0 }, [target], objects).delta.x).toBe(300);
  });

  it('with objects off, ignores the targets', () => {
    const result = snapMove(box(0, 0), { x: 305, y: 0 }, [target], { ...objects, objects: false });
    expect(result.delta).toEqual({ x: 305, y: 0 });
  });

  it('snaps the top-left to the grid when nothing else is in reach', () => {
    const result = snapMove(box(3, 7), { x: 48, y: 21 }, [], gridOnly);
    // 3 + 48 = 51 → 60 is 9 away, 40 is 11: 60. 7 + 21 = 28 → 20.
    expect(result.delta).toEqual({ x: 57, y: 13 });
    expect(3 + result.delta.x).toBe(60);
    expect(7 + result.delta.y).toBe(20);
    expect(result.guides).toEqual([]);
  });

  it('prefers a shape in reach over the grid, per axis', () => {
    const result = snapMove(box(0, 0), { x: 305, y: 33 }, [target], both);
    expect(result.delta).toEqual({ x: 300, y: 40 });
  });

  it('leaves an axis that is not free as it is', () => {
    const result = snapMove(box(0, 0), { x: 0, y: 296 }, [box(3, 300)], objects, {
      x: false,
      y: true,
    });
    expect(result.delta).toEqual({ x: 0, y: 300 });
  });

  it('merges guides on the same line and spans every box on it', () => {
    const targets = [box(300, 0, 50, 50), box(300, 500, 80, 20)];
    const result = snapMove(box(0, 200, 60), { x: 302, y: 0 }, targets, objects);
    expect(result.guides).toEqual([{ axis: 'x', at: 300, from: 0, to: 520 }]);
  });
});

describe('snapMove to equal gaps', () => {
  it('centres a box between its two neighbours in a row, marking both gaps', () => {
    const row = [box(0, 0, 100, 50), box(300, 0, 100, 50)];
    // Midway is x 170 (gaps of 70); dragged to 166, y 10 (no line within reach).
    const result = snapMove(box(0, 100, 60, 50), { x: 166, y: -90 }, row, objects);
    expect(result.delta).toEqual({ x: 170, y: -90 });
    expect(result.guides).toEqual([
      { kind: 'gap', axis: 'x', at: 35, from: 100, to: 170 },
      { kind: 'gap', axis: 'x', at: 35, from: 230, to: 300 },
    ]);
  });

  it('continues a gap a neighbour already has, on either side, down a column too', () => {
    const row = [box(0, 0, 50, 50), box(80, 0, 50, 50)];
    // Gap 30 between them: the next place is x 160. Dragged to 163.
    const right = snapMove(box(0, 200, 40, 50), { x: 163, y: -195 }, row, objects);
    expect(right.delta.x).toBe(160);
    expect(right.guides.filter((g) => g.kind === 'gap').map((g) => [g.from, g.to])).toEqual([
      [50, 80],
      [130, 160],
    ]);
    // On the left of the pair: its right edge 30 before 0, so x −70.
    const left = snapMove(box(0, 200, 40, 50), { x: -67, y: -195 }, row, objects);
    expect(left.delta.x).toBe(-70);
    const column = [box(0, 0, 50, 50), box(0, 70, 50, 50)];
    const down = snapMove(box(200, 0, 50, 40), { x: -195, y: 143 }, column, objects);
    expect(down.delta.y).toBe(140);
  });

  it('prefers a nearer edge, and leaves boxes out of the row alone', () => {
    const row = [box(0, 0, 100, 50), box(300, 0, 100, 50)];
    // Midway (170) is 4 away; another shape's left edge, further down, only 2.
    const edge = box(168, 300, 10, 10);
    const moved = snapMove(box(0, 100, 60, 50), { x: 166, y: -90 }, [...row, edge], objects);
    expect(moved.delta.x).toBe(168);
    // The same drag a row lower: nothing in the row, so no gap snap.
    expect(snapMove(box(0, 100, 60, 50), { x: 166, y: 0 }, row, objects).delta.x).toBe(166);
  });
});

describe('snapResize', () => {
  const target = box(300, 300);
  const moving = box(100, 100, 195, 100);
  const right = { left: false, right: true, top: false, bottom: false };

  it('pulls the moving right edge onto a target edge; the left edge stays', () => {
    const result = snapResize(moving, right, [target], objects);
    expect(result.box).toEqual({ x: 100, y: 100, width: 200, height: 100 });
    expect(result.guides).toEqual([{ axis: 'x', at: 300, from: 100, to: 350 }]);
  });

  it('snaps the top and left edges of a corner drag to the grid', () => {
    const corner = { left: true, right: false, top: true, bottom: false };
    const result = snapResize(box(47, 13, 100, 100), corner, [], gridOnly);
    expect(result.box).toEqual({ x: 40, y: 20, width: 107, height: 93 });
  });

  it('does not move an edge out of reach', () => {
    const result = snapResize(box(100, 100, 150, 100), right, [target], objects);
    expect(result.box).toEqual(box(100, 100, 150, 100));
  });
});
