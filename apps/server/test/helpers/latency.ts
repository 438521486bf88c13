import { performance } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { connectSynced, waitFor, type Client } from './clients.ts';

export interface LatencyStats {
  /** Probes sent; those that never arrived count with the time they waited. */
  probes: number;
  lost: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface LatencyProbe {
  /** Stops probing and reports what was measured since the start. */
  stop(): Promise<LatencyStats>;
}

/**
 * Measures another room's latency while something else goes on: client A writes a probe every
 * `intervalMs`, and the time until client B in the same room sees it is recorded. A server whose
 * event loop is blocked, or which is busy encoding for someone else, shows here.
 */
export async function probeLatency(
  url: string,
  room: string,
  params: Record<string, string> = {},
  intervalMs = 20,
): Promise<LatencyProbe> {
  const a: Client = await connectSynced(url, room, params);
  const b: Client = await connectSynced(url, room, params);
  const sentAt = new Map<number, number>();
  const latencies: number[] = [];
  const probes = b.doc.getMap<number>('probes');
  probes.observe((event: Y.YMapEvent<number>) => {
    if (!event.keysChanged.has('seq')) return;
    const seq = probes.get('seq')!;
    // Probes overtaken by later ones (one transaction may carry several) arrive with them.
    for (const [sent, at] of sentAt) {
      if (sent > seq) break;
      latencies.push(performance.now() - at);
      sentAt.delete(sent);
    }
  });
  let seq = 0;
  const timer = setInterval(() => {
    seq += 1;
    sentAt.set(seq, performance.now());
    a.doc.getMap<number>('probes').set('seq', seq);
  }, intervalMs);
  return {
    async stop() {
      clearInterval(timer);
      // The probes still in flight are waited for; any that never come count as lost.
      await waitFor(() => sentAt.size === 0, 'the last probes', 10_000).catch(() => undefined);
      const now = performance.now();
      const lost = sentAt.size;
      for (const at of sentAt.values()) latencies.push(now - at);
      a.destroy();
      b.destroy();
      const sorted = latencies.sort((x, y) => x - y);
      const at = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
      const round = (ms: number) => Math.round(ms * 10) / 10;
      return {
        probes: sorted.length,
        lost,
        p50Ms: round(at(0.5)),
        p99Ms: round(at(0.99)),
        maxMs: round(sorted[sorted.length - 1] ?? 0),
      };
    },
  };
}
