import { rmSync } from 'node:fs';
import type { ChildProcess } from 'node:child_process';
import type { Readable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startChildServer } from './helpers/child-server.ts';
import { openSilentSocket, type SilentSocket } from './helpers/silent-socket.ts';
import { tempDir } from './helpers/server.ts';

// Issue 9, finding 10 (R11): shutdown finishes in a bounded time whatever the log does, and a
// second signal ends the process at once.

const processes: ChildProcess[] = [];
const sockets: SilentSocket[] = [];
const dirs: string[] = [];
afterEach(() => {
  for (const child of processes.splice(0))
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  sockets.splice(0).forEach(({ socket }) => socket.destroy());
  dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true }));
});

function dataDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
}

/** Waits for `event`, or gives up after `ms`; true when the event came. */
function within(ms: number, register: (done: () => void) => void): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    register(() => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Opens and closes `count` WebSocket connections, each in its own room, 25 at a time: every
 * one makes the server log about four lines (opened, loaded, closed, unloaded). Stops at the
 * first batch the server does not serve within 3 s. Returns how many connections completed.
 */
async function churn(port: number, count: number): Promise<number> {
  let completed = 0;
  const padding = 'p'.repeat(48);
  for (let start = 0; start < count; start += 25) {
    const batch = Array.from({ length: Math.min(25, count - start) }, async (_, i) => {
      const ws = new WebSocket(`ws://127.0.0.1:${port}/churn-${start + i}-${padding}`);
      ws.on('error', () => undefined);
      const opened = await within(3_000, (done) => ws.once('open', done));
      if (!opened) return (ws.terminate(), false);
      ws.close();
      const closed = await within(3_000, (done) => ws.once('close', done));
      if (!closed) ws.terminate();
      return closed;
    });
    const results = await Promise.all(batch);
    completed += results.filter(Boolean).length;
    if (results.includes(false)) break;
  }
  return completed;
}

/** Everything still in the pipe once the writer is gone. */
function drain(stream: Readable): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.once('close', () => resolve(Buffer.concat(chunks).toString()));
    stream.resume();
  });
}

const occurrences = (text: string, needle: string) => text.split(needle).length - 1;

describe('shutdown cannot hang (R11)', () => {
  it('exits within SHUTDOWN_TIMEOUT_MS when nobody reads its stdout any more', async () => {
    const server = await startChildServer(
      { DATA_DIR: dataDir(), SHUTDOWN_TIMEOUT_MS: '3000' },
      { stopReadingAfterListening: true },
    );
    processes.push(server.process);

    // The pipe to the test fills up (the test no longer reads it) while the server logs.
    const connections = 600;
    const served = await churn(server.port, connections);

    server.process.kill('SIGTERM');
    const exit = await server.exitWithin(3_000 + 4_000);
    expect(exit, 'still running 7 s after SIGTERM').toEqual({ code: 0, signal: null });
    // A stdout nobody reads never stopped the server from serving.
    expect(served).toBe(connections);
    // And it did fill: some of the lines the server logged never reached the pipe.
    const received = server.lines.join('\n') + (await drain(server.stdout));
    expect(occurrences(received, '"connection opened"')).toBeLessThan(connections);
  });

  it('keeps serving and exits on SIGTERM when its stdout is gone (EPIPE)', async () => {
    const server = await startChildServer(
      { DATA_DIR: dataDir(), SHUTDOWN_TIMEOUT_MS: '3000' },
      { stopReadingAfterListening: true },
    );
    processes.push(server.process);
    server.stdout.destroy();

    expect(await churn(server.port, 100)).toBe(100);
    const health = await fetch(`http://127.0.0.1:${server.port}/healthz`);
    expect(health.status).toBe(200);

    server.process.kill('SIGTERM');
    expect(await server.exitWithin(3_000 + 4_000), 'still running 7 s after SIGTERM').toEqual({
      code: 0,
      signal: null,
    });
  });

  it('a second SIGTERM during a slow shutdown ends the process at once', async () => {
    const server = await startChildServer({ DATA_DIR: dataDir(), SHUTDOWN_TIMEOUT_MS: '10000' });
    processes.push(server.process);
    // A peer that never answers the closing handshake holds the shutdown for its 2 s cut-off.
    const silent = await openSilentSocket(server.port, 'slow-to-close');
    sockets.push(silent);

    server.process.kill('SIGTERM');
    // The close frame says the first shutdown is under way.
    expect(await silent.closeFrame).toBe(1001);
    server.process.kill('SIGTERM');
    const exit = await Promise.race([
      server.exited,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 1_500)),
    ]);
    expect(exit, 'still running 1.5 s after the second SIGTERM').toEqual({
      code: 1,
      signal: null,
    });
    const log = server.lines.join('\n');
    expect(log).toContain('"second signal; exiting now"');
    // The first shutdown had not finished: the second signal is what ended the process.
    expect(log).not.toContain('"server stopped"');
  });
});
