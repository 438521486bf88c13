import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { AccessControl, Grant } from './access/access-control.ts';
import type { Logger } from './logger.ts';
import { isOriginAllowed } from './origin-check.ts';

export interface UpgradeGate {
  access: AccessControl;
  allowedOrigins: readonly string[];
  log: Logger;
  /** Whether the server can take one more connection to `room` (per-server limits). */
  hasCapacity(room: string): boolean;
  isStopping(): boolean;
}

export type UpgradeDecision = { room: string; grant: Grant } | { status: number; text: string };

/**
 * Everything decided before a WebSocket exists: capacity, Origin (R7), room (R1) and token.
 * Nothing the client sends is read until this settles. The URL is never logged: it holds the token.
 */
export async function decideUpgrade(
  request: IncomingMessage,
  gate: UpgradeGate,
): Promise<UpgradeDecision> {
  if (gate.isStopping()) return { status: 503, text: 'Service Unavailable' };
  if (!isOriginAllowed(request, gate.allowedOrigins)) {
    gate.log.warn({ origin: request.headers.origin }, 'upgrade refused: origin not allowed');
    return { status: 403, text: 'Forbidden' };
  }
  const url = new URL(request.url ?? '/', 'http://upgrade.invalid');
  const room = roomFromPath(url.pathname);
  if (room === null) return { status: 400, text: 'Bad Request' };
  if (!gate.hasCapacity(room)) {
    gate.log.warn({ room }, 'upgrade refused: server at capacity');
    return { status: 503, text: 'Service Unavailable' };
  }
  const grant = await gate.access.authorize(room, url.searchParams.get('token'));
  if (!grant) {
    gate.log.info({ room }, 'upgrade refused: missing or invalid token');
    return { status: 401, text: 'Unauthorized' };
  }
  return { room, grant };
}

export function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}

/** R1: the room is the URL path. */
export function roomFromPath(path: string): string | null {
  let room: string;
  try {
    room = decodeURIComponent(path.slice(1));
  } catch {
    return null;
  }
  if (room.length === 0 || room.length > 256) return null;
  return room;
}
