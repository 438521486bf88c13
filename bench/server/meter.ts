// Reads a server's CPU, memory and event-loop delay at the edges of each measured window.
import { cpuMicros, peakRssBytes, resetPeakRss, rssBytes } from './proc-stats.ts';
import type { LoopDelay, ServerProcess } from './server-process.ts';

export interface Window {
  seconds: number;
  /** Server CPU time (user + system) used inside the window. */
  cpuMicros: number;
  loopDelay: LoopDelay;
  rssBefore: number;
  rssAfter: number;
  /** Highest RSS inside the window; the whole process life where the kernel refuses a reset. */
  peakRss: number;
  /** The load generator's CPU time over the window's length: near 1, it was the bottleneck. */
  loadBusy: number;
}

interface Opening {
  at: number;
  cpu: number;
  loadCpu: number;
  rss: number;
}

/** Handles `begin:<name>` / `end:<name>` marks; the finished windows collect in `windows`. */
export function meter(server: ServerProcess, loadPid: number) {
  const windows = new Map<string, Window>();
  const open = new Map<string, Opening>();
  const onMark = async (mark: string) => {
    const [edge, name = ''] = mark.split(':');
    if (edge === 'begin') {
      await server.loopDelay();
      const rss = rssBytes(server.pid);
      resetPeakRss(server.pid);
      open.set(name, {
        at: performance.now(),
        cpu: cpuMicros(server.pid),
        loadCpu: cpuMicros(loadPid),
        rss,
      });
      return;
    }
    const opening = open.get(name);
    if (!opening) throw new Error(`window ${name} ended without beginning`);
    const cpu = cpuMicros(server.pid);
    const loadCpu = cpuMicros(loadPid);
    const seconds = (performance.now() - opening.at) / 1000;
    const rssAfter = rssBytes(server.pid);
    const peakRss = peakRssBytes(server.pid);
    windows.set(name, {
      seconds,
      cpuMicros: cpu - opening.cpu,
      loopDelay: await server.loopDelay(),
      rssBefore: opening.rss,
      rssAfter,
      peakRss,
      loadBusy: (loadCpu - opening.loadCpu) / (seconds * 1e6),
    });
  };
  const get = (name: string): Window => {
    const window = windows.get(name);
    if (!window) throw new Error(`window ${name} was not measured`);
    return window;
  };
  return { onMark, get };
}
