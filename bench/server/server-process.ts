// Starts a server under test as a child process: ours (apps/server/src/main.ts) or the
// reference (y-websocket@2 bin/server.cjs with LevelDB persistence), both with the same preloads.
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { trackChild, untrackChild } from './children.ts';
import { freePort } from '../../test/support/free-port.ts';

export type ServerKind = 'ours' | 'reference';

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  /** The server did not answer in time: the figures are that limit, a lower bound. */
  timedOut?: true;
}

export interface ServerProcess {
  kind: ServerKind;
  pid: number;
  url: string;
  dataDir: string;
  /** Resolves with the first stdout line (seen so far or later) that passes `test`. */
  waitForLine(test: (line: string) => boolean, timeoutMs: number): Promise<string>;
  /** Event-loop delay since the previous call (or since start), in ms. */
  loopDelay(): Promise<LoopDelay>;
  stop(): Promise<void>;
  /** SIGKILL: a crash, with no chance to flush anything. */
  kill(): void;
}

const require = createRequire(import.meta.url);
const loopDelayTimeoutMs = 30_000;
const tsx = import.meta.resolve('tsx');
const preload = new URL('./loop-delay-preload.ts', import.meta.url).href;
const oursMain = fileURLToPath(new URL('../../apps/server/src/main.ts', import.meta.url));
export const referenceBin = dirname(require.resolve('y-websocket-ref/bin/utils'));

/** Settings that would otherwise throttle a benchmark's deliberately heavy clients. */
const oursDefaults = {
  // Blank, not inherited: a developer's own setup must not turn on PostgreSQL, Redis or auth.
  DATABASE_URL: '',
  REDIS_URL: '',
  ALLOWED_ORIGINS: '',
  AUTH_SECRET: '',
  HOST: '127.0.0.1',
  OPEN_ROOMS: 'true',
  LOG_LEVEL: 'warn',
  RATE_LIMIT_MESSAGES: '1000000',
  RATE_LIMIT_BURST: '10000000',
  RATE_LIMIT_BYTES: String(64 * 1024 ** 3),
  MAX_CONNECTIONS: '20000',
  MAX_ROOMS: '20000',
  // Every load-generator socket comes from 127.0.0.1, and S1 puts hundreds in one room; the
  // reference server has no such caps, so they are lifted for a like-for-like comparison.
  MAX_CONNECTIONS_PER_IP: '20000',
  MAX_ROOM_CONNECTIONS: '20000',
  RATE_LIMIT_CONNECTIONS: '1000000',
};

export async function startServer(
  kind: ServerKind,
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  // A port chosen here: at LOG_LEVEL=warn our server does not log the one it got.
  const port = await freePort();
  const entry = kind === 'ours' ? oursMain : join(referenceBin, 'server.cjs');
  const childEnv =
    kind === 'ours'
      ? { ...oursDefaults, PORT: String(port), DATA_DIR: dataDir, ...env }
      : { HOST: '127.0.0.1', PORT: String(port), YPERSISTENCE: dataDir, CALLBACK_URL: '', ...env };
  const child = spawn(process.execPath, ['--import', tsx, '--import', preload, entry], {
    cwd: dirname(entry),
    env: { ...process.env, ...childEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  trackChild(child);
  const output = watchOutput(child);
  try {
    await acceptsConnections(port, child, 30_000);
    return {
      kind,
      pid: child.pid!,
      url: `ws://127.0.0.1:${port}`,
      dataDir,
      waitForLine: output.waitForLine,
      loopDelay: output.loopDelay,
      stop: () => stopChild(child),
      kill: () => child.kill('SIGKILL'),
    };
  } catch (error) {
    await stopChild(child);
    throw new Error(
      `${kind} server did not start: ${(error as Error).message}\n${output.describe()}`,
      { cause: error },
    );
  }
}

function watchOutput(child: ChildProcess) {
  const lines: string[] = [];
  const errors: string[] = [];
  let exited = false;
  const lineWaiters = new Set<() => void>();
  const delayWaiters: ((delay: LoopDelay) => void)[] = [];
  const wake = () => lineWaiters.forEach((waiter) => waiter());
  createInterface({ input: child.stdout! }).on('line', (line) => {
    // A bounded log: a runaway server must not fill the bench's memory.
    if (lines.length < 10_000) lines.push(line);
    wake();
  });
  createInterface({ input: child.stderr! }).on('line', (line) => {
    if (line.startsWith('{"loopDelay"')) {
      const { loopDelay } = JSON.parse(line) as { loopDelay: LoopDelay };
      delayWaiters.shift()?.(loopDelay);
    } else if (errors.length < 200) errors.push(line);
  });
  child.once('exit', () => {
    exited = true;
    wake();
  });
  const describe = () => [...lines.slice(-20), ...errors.slice(-20)].join('\n');

  const waitForLine = (test: (line: string) => boolean, timeoutMs: number) =>
    new Promise<string>((resolve, reject) => {
      let seen = 0;
      const check = () => {
        for (; seen < lines.length; seen++) {
          if (test(lines[seen]!)) return done(() => resolve(lines[seen]!));
        }
        if (exited) done(() => reject(new Error(`server exited:\n${describe()}`)));
      };
      const timer = setTimeout(
        () => done(() => reject(new Error(`server log line not seen in time:\n${describe()}`))),
        timeoutMs,
      );
      const done = (settle: () => void) => {
        clearTimeout(timer);
        lineWaiters.delete(check);
        settle();
      };
      lineWaiters.add(check);
      check();
    });

  // A server too busy to answer within the limit is reported as delayed by at least that much;
  // its late answer still goes to the request that asked for it.
  const loopDelay = () =>
    new Promise<LoopDelay>((resolve) => {
      const waiter = { resolve };
      const timer = setTimeout(() => {
        waiter.resolve = () => undefined;
        const atLeast = loopDelayTimeoutMs;
        resolve({ p50: atLeast, p99: atLeast, max: atLeast, timedOut: true });
      }, loopDelayTimeoutMs);
      delayWaiters.push((delay) => {
        clearTimeout(timer);
        waiter.resolve(delay);
      });
      child.kill('SIGUSR2');
    });

  return { waitForLine, loopDelay, describe };
}

/** SIGTERM, then SIGKILL if the server has not gone within a few seconds. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  untrackChild(child);
}

/** Polls until the server accepts a TCP connection on `port`. */
async function acceptsConnections(port: number, child: ChildProcess, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error('server exited');
    const accepted = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (accepted) return;
    if (performance.now() > deadline) throw new Error(`server did not listen on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
