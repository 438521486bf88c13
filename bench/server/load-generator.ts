// The bench's handle on the load-generator child process (load/main.ts).
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { trackChild, untrackChild } from './children.ts';
import type { FromLoad, Job, ToLoad } from './load/jobs.ts';

const entry = fileURLToPath(new URL('./load/main.ts', import.meta.url));

export class LoadGenerator {
  private constructor(private readonly child: ChildProcess) {}

  get pid(): number {
    return this.child.pid!;
  }

  static start(): LoadGenerator {
    const child = fork(entry, [], {
      execArgv: ['--import', import.meta.resolve('tsx')],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    trackChild(child);
    return new LoadGenerator(child);
  }

  /** Runs one job; `onMark` runs at each window edge while the job waits for it. */
  run<Result>(
    job: Job,
    onMark: (name: string) => Promise<void> = async () => undefined,
    timeoutMs = 300_000,
  ): Promise<Result> {
    return new Promise<Result>((resolve, reject) => {
      const timer = setTimeout(() => finish(new Error(`${job.kind} job timed out`)), timeoutMs);
      const finish = (error: Error | null, result?: unknown) => {
        clearTimeout(timer);
        this.child.off('message', onMessage);
        this.child.off('exit', onExit);
        if (error) reject(error);
        else resolve(result as Result);
      };
      const onExit = () => finish(new Error('load generator exited'));
      const onMessage = (message: FromLoad) => {
        if (message.type === 'result') return finish(null, message.result);
        if (message.type === 'error')
          return finish(new Error(`load generator: ${message.message}`));
        onMark(message.name).then(
          () => this.send({ type: 'ack' }),
          (error: unknown) => finish(error as Error),
        );
      };
      this.child.on('message', onMessage);
      this.child.once('exit', onExit);
      this.send({ type: 'job', job });
    });
  }

  stop(): void {
    this.child.kill('SIGKILL');
    untrackChild(this.child);
  }

  private send(message: ToLoad): void {
    this.child.send(message);
  }
}
