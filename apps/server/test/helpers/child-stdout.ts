import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';

const serverDir = fileURLToPath(new URL('../..', import.meta.url));

export interface Exit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface UnreadChild {
  process: ChildProcess;
  port: number;
  /** The server's stdout, paused once 'listening' was read: nothing reads it after that. */
  stdout: Readable;
  /** The lines read before the stream was left alone. */
  lines: string[];
  exited: Promise<Exit>;
  /** The exit, or null when the process is still running after `ms`. */
  exitWithin(ms: number): Promise<Exit | null>;
}

/**
 * The real `main.ts` with its stdout piped to the test, which reads only up to the 'listening'
 * line and then stops reading, like a parent that went away: the pipe fills as the server logs.
 */
export async function startUnreadChild(env: Record<string, string>): Promise<UnreadChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      UNLOAD_DELAY_MS: '0',
      OPEN_ROOMS: 'true',
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
  reader.close();
  stdout.pause();
  return {
    process: child,
    port,
    stdout,
    lines,
    exited,
    exitWithin: (ms) =>
      Promise.race([
        exited,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), ms).unref()),
      ]),
  };
}
