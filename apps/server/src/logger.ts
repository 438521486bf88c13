import { pino } from 'pino';
import SonicBoom from 'sonic-boom';

export type Logger = pino.Logger;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Log bytes held while stdout does not keep up; past it lines are dropped, not queued. */
const maxBufferedLogBytes = 16 * 1024 * 1024;

const streams = new Set<SonicBoom>();
let exiting = false;

/**
 * One JSON object per line on stdout, written asynchronously: a reader that stops reading (a
 * parent process gone, a full pipe) costs log lines, never a blocked event loop or a hang at
 * shutdown.
 */
export function createLogger(level: LogLevel = 'info'): Logger {
  const stream = new SonicBoom({
    fd: 1,
    sync: false,
    // Written as soon as there is anything (1 byte), and flush() then waits for it to drain.
    minLength: 1,
    maxLength: maxBufferedLogBytes,
    retryEAGAIN: () => !exiting,
  });
  // A stdout that went away (EPIPE) is not a reason to stop serving.
  stream.on('error', () => undefined);
  streams.add(stream);
  return pino({ level, base: { service: 'sketchroom' } }, stream);
}

/**
 * Before exiting: gives stdout a bounded moment to take the buffered lines. Never the
 * synchronous flush, which retries a broken pipe forever.
 */
export function flushLogs(timeoutMs = 500): Promise<void> {
  exiting = true;
  const flushes = [...streams].map(
    (stream) =>
      new Promise<void>((resolve) => {
        try {
          stream.flush(() => resolve());
        } catch {
          resolve();
        }
      }),
  );
  return new Promise<void>((resolve) => {
    setTimeout(resolve, timeoutMs).unref();
    void Promise.all(flushes).then(() => resolve());
  });
}
