/**
 * A laser pointer stroke in presence (never the document): the latest points of the stroke
 * and how many points it has had so far, so a receiver can tell which points are new.
 */
export interface LaserState {
  /** Which stroke of this client; a new number starts a new trail. */
  stroke: number;
  /** Points the stroke has had in all; `points` holds the last of them. */
  count: number;
  /** Page coordinates `[x0, y0, x1, y1, …]`, oldest first, at most LASER_POINT_LIMIT points. */
  points: number[];
}

/** Points one state carries: 32 points of rounded coordinates take well under 1 KB. */
export const LASER_POINT_LIMIT = 32;
// Far beyond any board, but small enough that drawing a trail never overflows a canvas.
const MAX_COORDINATE = 1e7;
const MAX_COUNTER = 2 ** 31;

function isCounter(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < MAX_COUNTER;
}

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;
}

/**
 * Reads a peer's `laser` field; null when it is absent or malformed. A hostile peer's list is
 * cut to the last LASER_POINT_LIMIT points before anything else looks at it.
 */
export function parseLaser(value: unknown): LaserState | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const { stroke, count, points } = value as Record<string, unknown>;
  if (!isCounter(stroke) || !isCounter(count) || !Array.isArray(points)) return null;
  if (points.length % 2 !== 0) return null;
  const last = points.slice(-LASER_POINT_LIMIT * 2);
  if (!last.every(isCoordinate)) return null;
  if (last.length / 2 > count) return null;
  return { stroke, count, points: last as number[] };
}

/** The state to publish for a stroke's latest points (kept to the limit, rounded to 0.1). */
export function laserState(stroke: number, count: number, points: readonly number[]): LaserState {
  const last = points.slice(-LASER_POINT_LIMIT * 2);
  return {
    stroke: stroke % MAX_COUNTER,
    count: Math.min(count, MAX_COUNTER - 1),
    points: last.map((n) => Math.round(n * 10) / 10),
  };
}
