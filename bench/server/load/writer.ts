// S5: one writer sends as fast as the server echoes its updates back (R3, R4); a few
// observers time the relay.
import { encodeUpdate } from '@sketchroom/wire';
import * as Y from 'yjs';
import { addShape, moveShape } from '../board.ts';
import { Histogram, sleep, waitUntil } from '../stats.ts';
import { UpdateStamps } from './decode-cache.ts';
import type { Mark, WriterJob, WriterResult } from './jobs.ts';
import { closeAll, openMany, RawClient } from './raw-client.ts';

export async function runWriter(job: WriterJob, mark: Mark): Promise<WriterResult> {
  const room = `writer-${job.inFlight}`;
  const writer = await RawClient.open(job.url, room);
  const clients = [writer];
  try {
    const observers = await openMany(job.url, () => room, job.observers);
    clients.push(...observers);
    await Promise.all(clients.map((client) => client.synced()));

    const relay = new Histogram();
    const stamps = new UpdateStamps();
    for (const observer of observers) {
      observer.onMessage = (message, receivedAt) => {
        if (message.kind !== 'update') return;
        const sentAt = stamps.read(message.update);
        if (sentAt !== null) relay.record(receivedAt - sentAt);
      };
    }
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => writer.send(encodeUpdate(update)));
    let echoes = 0;
    let running = false;
    writer.onMessage = (message) => {
      if (message.kind !== 'update') return;
      echoes += 1;
      // Each echo is the server's word that one update is stored and relayed: send the next.
      if (running) moveShape(doc, 0, performance.now());
    };
    addShape(doc, 0);
    await waitUntil(() => echoes === 1, 5_000);
    await sleep(200);

    await mark('begin:run');
    echoes = 0;
    running = true;
    const started = performance.now();
    for (let i = 0; i < job.inFlight; i++) moveShape(doc, 0, performance.now());
    await sleep(job.seconds * 1000);
    running = false;
    const updatesPerSecond = echoes / ((performance.now() - started) / 1000);
    await sleep(200);
    await mark('end:run');
    return { updatesPerSecond, relay: relay.summary() };
  } finally {
    closeAll(clients);
  }
}
