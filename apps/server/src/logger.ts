import { pino } from 'pino';

export type Logger = pino.Logger;
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** One JSON object per line on stdout. */
export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({ level, base: { service: 'sketchroom' } });
}
