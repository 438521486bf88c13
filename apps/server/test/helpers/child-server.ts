import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface ChildServer {
  process: ChildProcess;
  url: string;
  port: number;
  /** Every line read from stdout and stderr. */
  lines: string[];
  stdout: Readable;
  exited: Promise<Exit>;
  /** The exit, or null when the process is still running after `ms`. */
  exitWithin(ms: number): Promise<Exit | null>;
}

export interface ChildOptions {
  /**
   * Stop reading stdout once 'listening' was read, like a parent that went away: the pipe
   * fills as the server logs.
   */
  stopReadingAfterListening?: boolean;
}

/** The real `main.ts` in its own process, so it can be killed like a production server. */
export async function startChildServer(
  env: Record<string, string>,
  options: ChildOptions = {},
): Promise<ChildServer> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      UNLOAD_DELAY_MS: '0',
      OPEN_ROOMS: 'true',
      // Some tests open hundreds of connections from 127.0.0.1 in a few seconds.
      RATE_LIMIT_CONNECTIONS: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<Exit>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  child.stderr!.on('data', (chunk: Buffer) => lines.push(chunk.toString()));
  const stdout = child.stdout!;
  const reader = createInterface({ input: stdout });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${lines.join('\n')}`)),
      20_000,
    );
    reader.on('line', (line) => {
      lines.push(line);
      const entry = JSON.parse(line) as { msg?: string; port?: number };
      if (entry.msg === 'listening' && entry.port) {
        clearTimeout(timer);
        resolve(entry.port);
      }
    });
    void exited.then(() => reject(new Error(`server exited early:\n${lines.join('\n')}`)));
  });
  if (options.stopReadingAfterListening) {
    reader.close();
    stdout.pause();
  }
  return {
    process: child,
    url: `ws://127.0.0.1:${port}`,
    port,
    lines,
    stdout,
    exited,
    exitWithin: (ms) =>
      Promise.race([
        exited,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref()),
      ]),
  };
}
