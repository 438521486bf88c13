import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { createServer, type ServerOptions, type SketchroomServer } from '../../src/index.ts';

export interface TestServer {
  server: SketchroomServer;
  url: string;
  port: number;
  dataDir: string;
  logs: LogLine[];
  close(): Promise<void>;
}

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

export function tempDir(prefix = 'sketchroom-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A logger that keeps every line in memory, so tests can check what was logged. */
export function captureLogger() {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n'))
        if (line) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'debug' }, stream), lines };
}

/** Starts a real server on a free port with its own data directory. */
export async function startServer(options: ServerOptions = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDir();
  const { logger, lines } = captureLogger();
  const server = createServer({
    host: '127.0.0.1',
    port: 0,
    unloadDelayMs: 0,
    // Plain y-websocket rooms unless a test is about access control.
    openRooms: true,
    // Many tests reconnect in tight loops from 127.0.0.1; tests of that limit set it themselves.
    connectionsPerMinute: 1_000_000,
    logger,
    ...options,
    dataDir,
  });
  const address = await server.listen();
  let closed = false;
  return {
    server,
    port: address.port,
    url: `ws://127.0.0.1:${address.port}`,
    dataDir,
    logs: lines,
    async close() {
      if (closed) return;
      closed = true;
      await server.close();
    },
  };
}

/** Runs `fn` against a fresh server and always tears it down, data directory included. */
export async function withServer<T>(
  options: ServerOptions,
  fn: (server: TestServer) => Promise<T>,
): Promise<T> {
  const server = await startServer(options);
  try {
    return await fn(server);
  } finally {
    await server.close();
    if (!options.dataDir) rmSync(server.dataDir, { recursive: true, force: true });
  }
}
