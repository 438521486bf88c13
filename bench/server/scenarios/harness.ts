// What every scenario shares: a fresh server of each kind in its own temp dir, the load
// generator, and Figure records holding both numbers from the same run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figure } from '../../figures.ts';
import type { LoadGenerator } from '../load-generator.ts';
import type { Window } from '../meter.ts';
import { startServer, type ServerKind, type ServerProcess } from '../server-process.ts';

export interface BenchContext {
  quick: boolean;
  load: LoadGenerator;
}

export interface ServerSetup {
  /** Environment for our server only (the reference has no such settings). */
  oursEnv?: Record<string, string>;
  /** Fills the data directory before the server starts. */
  prepare?(kind: ServerKind, dataDir: string): Promise<void>;
}

export const serverKinds = ['ours', 'reference'] as const satisfies readonly ServerKind[];

/** Runs `fn` against a fresh server whose data lives in a temp dir; cleans both up. */
export async function withServer<T>(
  kind: ServerKind,
  setup: ServerSetup,
  fn: (server: ServerProcess) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), `sketchroom-bench-${kind}-`));
  let server: ServerProcess | null = null;
  try {
    await setup.prepare?.(kind, dataDir);
    server = await startServer(kind, dataDir, kind === 'ours' ? setup.oursEnv : {});
    return await fn(server);
  } finally {
    await server?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Measures ours, then the reference, with the same code. */
export async function both<T>(
  setup: ServerSetup,
  fn: (server: ServerProcess) => Promise<T>,
): Promise<Record<ServerKind, T>> {
  const ours = await withServer('ours', setup, fn);
  const reference = await withServer('reference', setup, fn);
  return { ours, reference };
}

export function figure(
  scenario: string,
  metric: string,
  unit: string,
  better: Figure['better'],
  values: Record<ServerKind, number>,
  note?: string,
): Figure {
  const rounded = (value: number) => Math.round(value * 1000) / 1000;
  return {
    scenario,
    metric,
    unit,
    ours: rounded(values.ours),
    reference: rounded(values.reference),
    better,
    ...(note ? { note } : {}),
  };
}

/** Picks one number out of each server's measurement. */
export const each = <T>(
  measured: Record<ServerKind, T>,
  pick: (value: T) => number,
): Record<ServerKind, number> => ({
  ours: pick(measured.ours),
  reference: pick(measured.reference),
});

/** Notes anything that makes a figure less than clean, e.g. clients the server dropped. */
export function caveats<T>(
  measured: Record<ServerKind, T>,
  find: (value: T) => string[],
): string | undefined {
  const text = serverKinds
    .map((kind) => ({ kind, found: find(measured[kind]) }))
    .filter(({ found }) => found.length > 0)
    .map(({ kind, found }) => `${kind}: ${found.join(', ')}`)
    .join('; ');
  return text || undefined;
}

/** What a measured window says about its own reliability. */
export function windowCaveats(window: Window): string[] {
  const found: string[] = [];
  if (window.loopDelay.timedOut) found.push('loop delay is a lower bound (server did not answer)');
  if (window.loadBusy > 0.9) {
    found.push(`load generator busy ${Math.round(window.loadBusy * 100)}% of the window`);
  }
  return found;
}
