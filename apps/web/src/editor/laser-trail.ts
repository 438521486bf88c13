import type { LaserState } from '@sketchroom/board-yjs';

/** How long a laser point stays visible: it fades from full to nothing over this time. */
export const LASER_FADE_MS = 1000;
// Points one trail keeps: about two seconds of a fast hand at 60 Hz. Bounds memory and
// drawing per person, whatever a peer sends.
const MAX_TRAIL_POINTS = 128;
// New points of one update are spread over the time since the last one (at most this),
// so a trail fades smoothly rather than in 30 Hz steps.
const MAX_SPREAD_MS = 100;

/** A trail point in page coordinates, stamped with this client's clock. */
export interface TrailPoint {
  x: number;
  y: number;
  t: number;
  /** The first point of a stroke: no line joins it to the point before. */
  start: boolean;
}

/** How visible a point is at `now`: 1 when new, 0 once LASER_FADE_MS old. */
export function laserAlpha(point: TrailPoint, now: number): number {
  return Math.max(0, Math.min(1, 1 - (now - point.t) / LASER_FADE_MS));
}

/** A stretch of a trail drawn as one line at one opacity. */
export interface TrailRun {
  alpha: number;
  points: TrailPoint[];
}

// Opacity steps a trail is drawn in: few enough that runs are long (no overlapping joints
// showing as beads), enough that the fade looks smooth.
const ALPHA_STEPS = 12;

/**
 * Splits visible points into runs to draw as one line each: a new run where a stroke starts
 * and where the fade steps down. A run joins the last point of the one before it.
 */
export function trailRuns(points: readonly TrailPoint[], now: number): TrailRun[] {
  const runs: TrailRun[] = [];
  let run: TrailRun | null = null;
  for (const point of points) {
    const alpha = Math.ceil(laserAlpha(point, now) * ALPHA_STEPS) / ALPHA_STEPS;
    if (run && !point.start && alpha === run.alpha) {
      run.points.push(point);
      continue;
    }
    const joined: TrailPoint[] = run && !point.start ? [run.points.at(-1) as TrailPoint] : [];
    run = { alpha, points: [...joined, point] };
    runs.push(run);
  }
  return runs.filter((r) => r.alpha > 0);
}

/**
 * One person's fading laser trail as this client draws it. Points fade by this client's own
 * clock, from when they arrived, so clocks of other machines never matter.
 */
export class LaserTrail {
  private points: TrailPoint[] = [];
  private stroke = -1;
  private count = 0;
  private lastAdded = -Infinity;

  /** This client's own laser: one point at a time. */
  add(x: number, y: number, now: number, start: boolean): void {
    this.push({ x, y, t: now, start });
  }

  /** A peer's published state: appends the points not seen yet. Null changes nothing. */
  receive(state: LaserState | null, now: number): void {
    if (!state) return;
    const fresh = state.stroke !== this.stroke;
    const unseen = fresh ? state.count : state.count - this.count;
    if (!fresh && unseen <= 0) return;
    const available = state.points.length / 2;
    const take = Math.min(unseen, available);
    const from = Math.max(this.lastAdded, now - MAX_SPREAD_MS);
    for (let i = 0; i < take; i++) {
      const k = available - take + i;
      const t = from + ((now - from) * (i + 1)) / take;
      this.push({
        x: state.points[k * 2] as number,
        y: state.points[k * 2 + 1] as number,
        t,
        start: fresh && i === 0,
      });
    }
    this.stroke = state.stroke;
    this.count = state.count;
  }

  /** The points still visible at `now`, oldest first; faded ones are dropped. */
  visible(now: number): readonly TrailPoint[] {
    const firstLive = this.points.findIndex((p) => now - p.t < LASER_FADE_MS);
    if (firstLive === -1) this.points = [];
    else if (firstLive > 0) this.points = this.points.slice(firstLive);
    return this.points;
  }

  get isEmpty(): boolean {
    return this.points.length === 0;
  }

  private push(point: TrailPoint): void {
    this.points.push(point);
    this.lastAdded = point.t;
    if (this.points.length > MAX_TRAIL_POINTS) {
      this.points.splice(0, this.points.length - MAX_TRAIL_POINTS);
    }
  }
}
