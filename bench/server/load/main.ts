// The load generator: a child process of the bench, so that its CPU is not the server's.
// It runs one job at a time for the parent and reports measured windows through marks.
import { runColdLoad } from './cold-load.ts';
import { runCrash } from './crash.ts';
import { runCursors } from './cursors.ts';
import { runFanOut } from './fan-out.ts';
import { runIdle } from './idle.ts';
import type { FromLoad, Job, Mark, ToLoad } from './jobs.ts';
import { runJoin } from './join.ts';
import { runWriter } from './writer.ts';

const send = (message: FromLoad) => process.send!(message);
let acknowledge: (() => void) | null = null;

const mark: Mark = (name) =>
  new Promise((resolve) => {
    acknowledge = resolve;
    send({ type: 'mark', name });
  });

function run(job: Job): Promise<unknown> {
  switch (job.kind) {
    case 'fan-out':
      return runFanOut(job, mark);
    case 'cursors':
      return runCursors(job, mark);
    case 'join':
      return runJoin(job, mark);
    case 'idle':
      return runIdle(job, mark);
    case 'writer':
      return runWriter(job, mark);
    case 'crash':
      return runCrash(job, mark);
    case 'cold-load':
      return runColdLoad(job);
  }
}

process.on('message', (message: ToLoad) => {
  if (message.type === 'ack') {
    const resume = acknowledge;
    acknowledge = null;
    return resume?.();
  }
  run(message.job).then(
    (result) => send({ type: 'result', result }),
    (error: unknown) =>
      send({
        type: 'error',
        message: error instanceof Error ? (error.stack ?? '') : String(error),
      }),
  );
});

// Without its parent there is nothing left to do.
process.on('disconnect', () => process.exit(0));
