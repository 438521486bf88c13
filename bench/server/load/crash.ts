// S5, crash: a writer sends as fast as it is echoed until the server is killed under it,
// and reports which updates the server had echoed, so the bench can see if they survived.
import { encodeUpdate } from '@sketchroom/wire';
import * as Y from 'yjs';
import { addShape, moveShape } from '../board.ts';
import { waitUntil } from '../stats.ts';
import { UpdateStamps } from './decode-cache.ts';
import type { CrashJob, CrashResult, Mark } from './jobs.ts';
import { RawClient } from './raw-client.ts';

export async function runCrash(job: CrashJob, mark: Mark): Promise<CrashResult> {
  const writer = await RawClient.open(job.url, job.room);
  try {
    await writer.synced();
    const doc = new Y.Doc();
    doc.on('update', (update: Uint8Array) => writer.send(encodeUpdate(update)));
    const stamps = new UpdateStamps();
    const echoed: number[] = [];
    let created = false;
    writer.onMessage = (message) => {
      if (message.kind !== 'update') return;
      const sentAt = stamps.read(message.update);
      if (sentAt === null) {
        created = true;
        return;
      }
      echoed.push(sentAt);
      moveShape(doc, 0, performance.now());
    };
    addShape(doc, 0);
    await waitUntil(() => created, 5_000);
    // The bench kills the server a little after this mark.
    await mark('writing');
    for (let i = 0; i < job.inFlight; i++) moveShape(doc, 0, performance.now());
    if (!(await waitUntil(() => writer.ws.readyState === writer.ws.CLOSED, 30_000))) {
      throw new Error('the server was not killed');
    }
    return { echoed };
  } finally {
    writer.close();
  }
}
