import { LASER_POINT_LIMIT, laserState, type LaserState } from '@sketchroom/board-yjs';
import type { PagePoint } from '@sketchroom/geometry';
import { LASER_FADE_MS, LaserTrail } from './laser-trail.ts';

/** Where the laser's state goes: presence, throttled there like the cursor. */
export type LaserOutlet = (state: LaserState | null) => void;

/**
 * This person's laser pointer: the trail they see themselves, and what presence carries to
 * everyone else (never the document, so viewers may use it too). The published state is
 * cleared once the stroke has faded.
 */
export class LaserPointer {
  /** This client's own trail, drawn with everyone else's. */
  readonly trail = new LaserTrail();
  private readonly listeners = new Set<() => void>();
  private outlet: LaserOutlet = () => {};
  private stroke = 0;
  private count = 0;
  private recent: number[] = [];
  private clearTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly now: () => number) {}

  /** Presence, once the editor has one; until then the laser is only seen here. */
  connect(outlet: LaserOutlet): void {
    this.outlet = outlet;
  }

  /** A press starts a new trail, not joined to the last one. */
  begin(point: PagePoint): void {
    this.cancelClear();
    this.stroke += 1;
    this.count = 0;
    this.recent = [];
    this.add(point, true);
  }

  move(point: PagePoint): void {
    this.add(point, false);
  }

  /** The press ended: the trail fades, then presence forgets it. */
  end(): void {
    this.cancelClear();
    this.clearTimer = setTimeout(() => {
      this.clearTimer = null;
      this.outlet(null);
    }, LASER_FADE_MS);
  }

  /** Called on every new point, for the overlay that draws trails. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispose(): void {
    this.cancelClear();
    this.listeners.clear();
  }

  private add(point: PagePoint, start: boolean): void {
    this.trail.add(point.x, point.y, this.now(), start);
    this.count += 1;
    this.recent.push(point.x, point.y);
    if (this.recent.length > LASER_POINT_LIMIT * 2) this.recent.splice(0, 2);
    this.outlet(laserState(this.stroke, this.count, this.recent));
    for (const listener of [...this.listeners]) listener();
  }

  private cancelClear(): void {
    if (this.clearTimer !== null) clearTimeout(this.clearTimer);
    this.clearTimer = null;
  }
}
