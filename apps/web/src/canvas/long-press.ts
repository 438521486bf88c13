/** How long a finger rests before the context menu opens, as on phones' own menus. */
export const LONG_PRESS_MS = 500;
/** How far a resting finger may wander (screen px) and still count as resting. */
export const LONG_PRESS_SLOP_PX = 8;

export interface LongPressOptions {
  onLongPress(at: { x: number; y: number }): void;
  delayMs?: number;
  slopPx?: number;
  /** The timers, swappable for tests. */
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

/**
 * Watches one touch: held still for `delayMs` it fires once; moving past `slopPx`,
 * lifting, or a second finger calls it off. The caller breaks off any gesture the touch
 * started when it fires, so a long press never also draws or drags.
 */
export class LongPress {
  private timer: unknown = null;
  private origin = { x: 0, y: 0 };
  private readonly delayMs: number;
  private readonly slopPx: number;
  private readonly setTimer: (run: () => void, ms: number) => unknown;
  private readonly clearTimer: (timer: unknown) => void;

  constructor(private readonly options: LongPressOptions) {
    this.delayMs = options.delayMs ?? LONG_PRESS_MS;
    this.slopPx = options.slopPx ?? LONG_PRESS_SLOP_PX;
    this.setTimer = options.setTimer ?? ((run, ms) => setTimeout(run, ms));
    this.clearTimer =
      options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  }

  get pending(): boolean {
    return this.timer !== null;
  }

  start(at: { x: number; y: number }): void {
    this.cancel();
    this.origin = { ...at };
    this.timer = this.setTimer(() => {
      this.timer = null;
      this.options.onLongPress(this.origin);
    }, this.delayMs);
  }

  move(at: { x: number; y: number }): void {
    if (this.timer === null) return;
    if (Math.hypot(at.x - this.origin.x, at.y - this.origin.y) > this.slopPx) this.cancel();
  }

  cancel(): void {
    if (this.timer === null) return;
    this.clearTimer(this.timer);
    this.timer = null;
  }
}
