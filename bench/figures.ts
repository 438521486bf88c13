/** One measured figure, with the reference measured in the same run when there is one. */
export interface Figure {
  /** Scenario id and setting, e.g. "S1 fan-out" or "C1 pan N=10000 zoom=0.1". */
  scenario: string;
  metric: string;
  unit: string;
  ours: number;
  reference?: number;
  /** Which way is good, so the ratio reads as "how many times better than the reference". */
  better: 'lower' | 'higher';
  note?: string;
}

export interface BenchOptions {
  /** The small version that CI runs so the harness cannot rot; it asserts nothing about speed. */
  quick: boolean;
}

/** How many times better than the reference ours is (>1 means ahead). */
export function advantage(figure: Figure): number | undefined {
  if (figure.reference === undefined || figure.reference === 0 || figure.ours === 0)
    return undefined;
  return figure.better === 'higher'
    ? figure.ours / figure.reference
    : figure.reference / figure.ours;
}
