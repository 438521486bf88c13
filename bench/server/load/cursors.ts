// S2: every client in one room moves its cursor at a steady rate. A few probe clients time
// the arrival of everyone else's moves; every client counts the frames the server sends it.
// A move superseded within one server tick may never be sent (ours merges a tick's changes),
// so delivery is judged by whether each probe ends up with everyone's last position.
import { encodeAwareness, encodeAwarenessUpdate } from '@sketchroom/wire';
import { Histogram, sleep, waitUntil } from '../stats.ts';
import { AwarenessStamps } from './decode-cache.ts';
import type { CursorJob, CursorResult, Mark } from './jobs.ts';
import { closeAll, openMany } from './raw-client.ts';

const firstClientId = 1_000;

const presence = (index: number, sentAt: number | null) => ({
  user: { name: `bench ${index}`, color: '#e03131' },
  cursor: sentAt === null ? null : { x: (sentAt * 7) % 2000, y: (sentAt * 3) % 1500 },
  selection: [],
  sentAt,
});

export async function runCursors(job: CursorJob, mark: Mark): Promise<CursorResult> {
  const room = 'cursors';
  const clients = await openMany(job.url, () => room, job.clients);
  const timers: NodeJS.Timeout[] = [];
  try {
    await Promise.all(clients.map((client) => client.synced()));
    const clocks = clients.map(() => 0);
    const lastSent = clients.map(() => 0);
    const send = (index: number, sentAt: number | null) =>
      clients[index]!.send(
        encodeAwareness(
          encodeAwarenessUpdate([
            {
              clientId: firstClientId + index,
              clock: clocks[index]++,
              state: presence(index, sentAt),
            },
          ]),
        ),
      );
    // Everyone appears first, so the measured window holds cursor moves only.
    clients.forEach((_, index) => send(index, null));
    await sleep(500);

    const latency = new Histogram();
    const stamps = new AwarenessStamps();
    const probes = clients.slice(0, job.probes);
    const lastSeen = probes.map(() => new Map<number, number>());
    probes.forEach((probe, index) => {
      probe.onMessage = (message, receivedAt) => {
        if (message.kind !== 'awareness') return;
        for (const { clientId, sentAt } of stamps.read(message.update)) {
          if (clientId === firstClientId + index) continue;
          latency.record(receivedAt - sentAt);
          lastSeen[index]!.set(clientId, Math.max(sentAt, lastSeen[index]!.get(clientId) ?? 0));
        }
      };
    });
    for (const client of clients.slice(job.probes)) client.countOnly = true;
    for (const client of clients) client.frames = 0;

    let sent = 0;
    const periodMs = 1000 / job.hz;
    await mark('begin:run');
    const started = performance.now();
    clients.forEach((_, index) => {
      // Spread over the period, as independent people's moves would be.
      const start = setTimeout(() => {
        const move = () => {
          sent += 1;
          lastSent[index] = performance.now();
          send(index, lastSent[index]!);
        };
        move();
        timers.push(setInterval(move, periodMs));
      }, Math.random() * periodMs);
      timers.push(start);
    });
    await sleep(job.seconds * 1000);
    timers.forEach((timer) => clearInterval(timer));
    const pairs = probes.length * (clients.length - 1);
    const finalPositions = () => {
      let seen = 0;
      probes.forEach((_, probe) =>
        lastSent.forEach((sentAt, index) => {
          if (index !== probe && lastSeen[probe]!.get(firstClientId + index) === sentAt) seen++;
        }),
      );
      return seen;
    };
    await waitUntil(() => finalPositions() === pairs, 5_000);
    const seconds = (performance.now() - started) / 1000;
    await mark('end:run');
    const frames = clients.reduce((sum, client) => sum + client.frames, 0);
    return {
      sent,
      latency: latency.summary(),
      finalPositionsShare: finalPositions() / pairs,
      framesPerSecond: frames / seconds,
      dropped: clients.filter((client) => client.droppedByServer).length,
    };
  } finally {
    timers.forEach((timer) => clearInterval(timer));
    closeAll(clients);
  }
}
