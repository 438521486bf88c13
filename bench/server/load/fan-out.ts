// S1: one writer moves a shape at a steady rate; every observer in the room times its arrival.
import { encodeUpdate } from '@sketchroom/wire';
import * as Y from 'yjs';
import { addShape, moveShape } from '../board.ts';
import { Histogram, sleep, waitUntil } from '../stats.ts';
import { UpdateStamps } from './decode-cache.ts';
import type { FanOutJob, FanOutResult, Mark } from './jobs.ts';
import { closeAll, openMany, RawClient } from './raw-client.ts';

export async function runFanOut(job: FanOutJob, mark: Mark): Promise<FanOutResult> {
  const room = 'fan-out';
  const writer = await RawClient.open(job.url, room);
  const clients = [writer];
  try {
    const observers = await openMany(job.url, () => room, job.observers);
    clients.push(...observers);
    await Promise.all(clients.map((client) => client.synced()));

    const propagation = new Histogram();
    const stamps = new UpdateStamps();
    for (const observer of observers) {
      observer.onMessage = (message, receivedAt) => {
        if (message.kind !== 'update') return;
        const sentAt = stamps.read(message.update);
        if (sentAt !== null) propagation.record(receivedAt - sentAt);
      };
    }
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => writer.send(encodeUpdate(update)));
    addShape(doc, 0);
    await sleep(300);

    const total = Math.round(job.updatesPerSecond * job.seconds);
    const expected = total * observers.length;
    const periodMs = 1000 / job.updatesPerSecond;
    await mark('begin:run');
    const started = performance.now();
    for (let i = 0; i < total; i++) {
      await sleepUntil(started + i * periodMs);
      moveShape(doc, 0, performance.now());
    }
    await waitUntil(() => propagation.count >= expected, 10_000);
    await mark('end:run');
    return {
      sent: total,
      propagation: propagation.summary(),
      expected,
      dropped: clients.filter((client) => client.droppedByServer).length,
    };
  } finally {
    closeAll(clients);
  }
}

export async function sleepUntil(time: number): Promise<void> {
  const wait = time - performance.now();
  if (wait > 0) await sleep(wait);
}
