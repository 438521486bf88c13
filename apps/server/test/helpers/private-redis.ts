import { spawn, type ChildProcess } from 'node:child_process';
import { freePort } from '../../../../test/support/free-port.ts';

export interface PrivateRedis {
  url: string;
  port: number;
  /** Kills the process outright (SIGKILL), as a crash or an OOM kill would; resolves once it is gone. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty (no persistence); resolves once it accepts connections. */
  restart(): Promise<void>;
  /** Starts it again unless it is running (for teardown after a test that failed mid-outage). */
  ensureRunning(): Promise<void>;
  /** Stops it for good at the end of a test. */
  stop(): Promise<void>;
}

/**
 * A Redis of the test's own, on a free port, that the test may kill and restart without
 * touching the shared one on 6379. Nothing is persisted, so a restart starts empty, exactly as
 * the production setup (Redis is fan-out only; PostgreSQL keeps the data).
 */
export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  let exited: Promise<void> = Promise.resolve();

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const output: string[] = [];
      const process = spawn(
        'redis-server',
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = process;
      exited = new Promise((done) => process.once('exit', () => done()));
      const timer = setTimeout(
        () => reject(new Error(`redis-server did not start:\n${output.join('')}`)),
        10_000,
      );
      process.stdout!.on('data', (chunk: Buffer) => {
        output.push(chunk.toString());
        if (output.join('').includes('Ready to accept connections')) {
          clearTimeout(timer);
          resolve();
        }
      });
      process.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      process.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited early:\n${output.join('')}`));
      });
    });

  const running = () => child !== null && child.exitCode === null && child.signalCode === null;
  const kill = async () => {
    if (running()) child!.kill('SIGKILL');
    await exited;
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill,
    restart: async () => {
      await kill();
      await start();
    },
    ensureRunning: async () => {
      if (!running()) await start();
    },
    stop: kill,
  };
}
