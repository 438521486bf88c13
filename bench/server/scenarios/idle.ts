// S4: thousands of idle connections spread over many rooms; what each costs in server memory.
import { readFileSync } from 'node:fs';
import type { Figure } from '../../figures.ts';
import type { IdleJob, IdleResult } from '../load/jobs.ts';
import { meter } from '../meter.ts';
import { both, caveats, each, figure, type BenchContext } from './harness.ts';

const KiB = 1024;

export async function idle({ quick, load }: BenchContext): Promise<Figure[]> {
  const rooms = quick ? 100 : 1_000;
  const wanted = 10;
  // Server and load generator each hold one descriptor per connection, plus their own files.
  const perRoom = Math.min(wanted, Math.floor((openFileLimit() - 256) / rooms));
  const settings = { rooms, perRoom, settleMs: quick ? 300 : 2_000 };
  const measured = await both({}, async (server) => {
    const windows = meter(server, load.pid);
    const job: IdleJob = { kind: 'idle', url: server.url, ...settings };
    const result = await load.run<IdleResult>(job, windows.onMark);
    return { result, rooms: windows.get('rooms'), connections: windows.get('connections') };
  });
  const scenario = `S4 idle ${rooms * perRoom} connections in ${rooms} rooms`;
  const note = caveats(measured, ({ result }) => [
    ...(perRoom < wanted ? [`capped by a file-descriptor limit of ${openFileLimit()}`] : []),
    ...(result.dropped > 0 ? [`${result.dropped} connections dropped`] : []),
  ]);
  const grown = (window: { rssBefore: number; rssAfter: number }) =>
    window.rssAfter - window.rssBefore;
  return [
    figure(
      scenario,
      'RSS per connection',
      'KiB',
      'lower',
      each(measured, (m) => grown(m.connections) / (rooms * (perRoom - 1)) / KiB),
      note ?? 'connections after the first in each room',
    ),
    figure(
      scenario,
      'RSS per room',
      'KiB',
      'lower',
      each(measured, (m) => grown(m.rooms) / rooms / KiB),
      'an empty room opened by its first connection, that connection included',
    ),
    figure(
      scenario,
      'RSS growth, all connections',
      'MiB',
      'lower',
      each(measured, (m) => (m.connections.rssAfter - m.rooms.rssBefore) / KiB / KiB),
    ),
  ];
}

/** The soft limit on open files this process (and so each child) runs with. */
function openFileLimit(): number {
  const limits = readFileSync('/proc/self/limits', 'utf8');
  const match = /^Max open files\s+(\d+|unlimited)/m.exec(limits);
  return match?.[1] && match[1] !== 'unlimited' ? Number(match[1]) : 1_000_000;
}
