import { describe, expect, it } from 'vitest';
import { LASER_FADE_MS, LaserTrail, laserAlpha, trailRuns } from './laser-trail.ts';

const xs = (trail: LaserTrail, now: number) => trail.visible(now).map((p) => p.x);

describe('LaserTrail', () => {
  it('fades each point from full to nothing over LASER_FADE_MS, then drops it', () => {
    const trail = new LaserTrail();
    trail.add(1, 0, 0, true);
    trail.add(2, 0, 400, false);
    const [first, second] = trail.visible(500);
    expect(laserAlpha(first!, 500)).toBeCloseTo(0.5);
    expect(laserAlpha(second!, 500)).toBeCloseTo(0.9);
    expect(xs(trail, LASER_FADE_MS + 1)).toEqual([2]);
    expect(trail.isEmpty).toBe(false);
    expect(xs(trail, 400 + LASER_FADE_MS)).toEqual([]);
    expect(trail.isEmpty).toBe(true);
  });

  it("takes only a peer's points it has not seen yet, stamped by this client's clock", () => {
    const trail = new LaserTrail();
    trail.receive({ stroke: 5, count: 2, points: [1, 0, 2, 0] }, 10_000);
    // The same state again (a cursor move re-sent presence) adds nothing.
    trail.receive({ stroke: 5, count: 2, points: [1, 0, 2, 0] }, 10_020);
    trail.receive({ stroke: 5, count: 4, points: [1, 0, 2, 0, 3, 0, 4, 0] }, 10_033);
    expect(xs(trail, 10_033)).toEqual([1, 2, 3, 4]);
    const times = trail.visible(10_033).map((p) => p.t);
    // New points are spread between the last arrival and now, never in the future.
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(Math.max(...times)).toBe(10_033);
    // Null (the stroke faded on the sender) leaves what is shown to fade here.
    trail.receive(null, 10_050);
    expect(xs(trail, 10_050)).toEqual([1, 2, 3, 4]);
    expect(xs(trail, 10_033 + LASER_FADE_MS)).toEqual([]);
  });

  it('starts a separate line for a new stroke', () => {
    const trail = new LaserTrail();
    trail.receive({ stroke: 1, count: 2, points: [1, 0, 2, 0] }, 0);
    trail.receive({ stroke: 2, count: 1, points: [9, 9] }, 50);
    expect(trail.visible(50).map((p) => [p.x, p.start])).toEqual([
      [1, true],
      [2, false],
      [9, true],
    ]);
  });

  it('keeps a bounded number of points per person, whatever a peer sends', () => {
    const trail = new LaserTrail();
    const points = Array.from({ length: 64 }, (_, i) => i);
    for (let i = 1; i <= 100; i++) {
      trail.receive({ stroke: 1, count: i * 32, points }, i);
    }
    expect(trail.visible(100).length).toBe(128);
  });
});

describe('trailRuns', () => {
  it('draws a trail as few lines, joined end to end, fading step by step and split at a new stroke', () => {
    const trail = new LaserTrail();
    for (let i = 0; i < 20; i++) trail.add(i, 0, i * 50, i === 0);
    trail.add(100, 100, 960, true);
    trail.add(101, 100, 980, false);
    const runs = trailRuns(trail.visible(1000), 1000);
    // Points of 0–950 ms: faded ones dropped, the rest in a dozen opacity steps at most.
    const first = runs.filter((r) => r.points[0]!.y === 0);
    expect(first.length).toBeLessThanOrEqual(12);
    expect(first.map((r) => r.alpha)).toEqual([...first.map((r) => r.alpha)].sort((a, b) => a - b));
    for (let i = 1; i < first.length; i++) {
      expect(first[i]!.points[0]).toBe(first[i - 1]!.points.at(-1));
    }
    expect(first.at(-1)!.points.at(-1)!.x).toBe(19);
    // The new stroke is not joined to the old one.
    const second = runs.filter((r) => r.points.some((p) => p.y === 100));
    expect(second.flatMap((r) => r.points.map((p) => p.x))).toEqual([100, 101]);
  });
});
