// S3: a room already holds a large board; many clients join it at the same moment.
import { encodeUpdate } from '@sketchroom/wire';
import { boardOfSize } from '../board.ts';
import { Histogram, waitUntil } from '../stats.ts';
import type { JoinJob, JoinResult, Mark } from './jobs.ts';
import { closeAll, RawClient } from './raw-client.ts';

export async function runJoin(job: JoinJob, mark: Mark): Promise<JoinResult> {
  const room = 'join-storm';
  const board = boardOfSize(job.boardBytes);
  // The seeder stays, so the storm meets a loaded room, as it would in a running class.
  const seeder = await RawClient.open(job.url, room);
  const clients = [seeder];
  try {
    await seeder.synced();
    let echoed = false;
    seeder.onMessage = (message) => (echoed ||= message.kind === 'update');
    seeder.send(encodeUpdate(board));
    if (!(await waitUntil(() => echoed, 60_000))) throw new Error('board was not echoed');

    await mark('begin:storm');
    const synced = new Histogram();
    await Promise.all(
      Array.from({ length: job.joiners }, async () => {
        const started = performance.now();
        const joiner = await RawClient.open(job.url, room);
        clients.push(joiner);
        await joiner.synced(120_000);
        synced.record(joiner.syncedAt! - started);
      }),
    );
    await mark('end:storm');
    return { boardBytes: board.byteLength, synced: synced.summary() };
  } finally {
    closeAll(clients);
  }
}
