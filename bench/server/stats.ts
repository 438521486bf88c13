// Latency bookkeeping that stays small however many samples arrive.

/** Bucket width: each bucket is 1% wider than the one below, so percentiles are within 1%. */
const growth = Math.log(1.01);
/** The smallest value told apart, in ms; anything below shares the first bucket. */
const floorMs = 0.001;

/** A log-bucketed histogram of milliseconds. */
export class Histogram {
  private readonly counts: number[] = [];
  count = 0;
  max = 0;

  record(ms: number): void {
    const index = ms <= floorMs ? 0 : Math.ceil(Math.log(ms / floorMs) / growth);
    this.counts[index] = (this.counts[index] ?? 0) + 1;
    this.count += 1;
    if (ms > this.max) this.max = ms;
  }

  /** The value below which `p` percent of the samples fall (bucket upper bound). */
  percentile(p: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.ceil((p / 100) * this.count);
    let seen = 0;
    for (let index = 0; index < this.counts.length; index++) {
      seen += this.counts[index] ?? 0;
      if (seen >= rank) return Math.min(floorMs * Math.exp(index * growth), this.max);
    }
    return this.max;
  }

  summary(): LatencySummary {
    return {
      p50: this.percentile(50),
      p99: this.percentile(99),
      max: this.max,
      count: this.count,
    };
  }
}

export interface LatencySummary {
  p50: number;
  p99: number;
  max: number;
  count: number;
}

/** Exact percentile of a small sample. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `done` until it holds or `timeoutMs` passes; returns whether it held. */
export async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!done()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}
