// S4: many connections that only hold their place; the bench reads the server's memory.
import { sleep } from '../stats.ts';
import type { IdleJob, IdleResult, Mark } from './jobs.ts';
import { closeAll, openMany, type RawClient } from './raw-client.ts';

export async function runIdle(job: IdleJob, mark: Mark): Promise<IdleResult> {
  const room = (index: number) => `idle-${index % job.rooms}`;
  const clients: RawClient[] = [];
  const open = async (count: number) => {
    const opened = await openMany(job.url, (index) => room(clients.length + index), count);
    clients.push(...opened);
    await Promise.all(opened.map((client) => client.synced()));
    await sleep(job.settleMs);
  };
  try {
    await sleep(job.settleMs);
    // First one connection per room (rooms and their first connection), then the rest.
    await mark('begin:rooms');
    await open(job.rooms);
    await mark('end:rooms');
    await mark('begin:connections');
    await open(job.rooms * (job.perRoom - 1));
    await mark('end:connections');
    return {
      connections: clients.length,
      dropped: clients.filter((client) => client.droppedByServer).length,
    };
  } finally {
    closeAll(clients);
  }
}
