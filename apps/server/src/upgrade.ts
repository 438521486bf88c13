import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Grant } from './access/access-control.ts';
import type { Refusal, Slot } from './admission.ts';
import type { Logger } from './logger.ts';
import { isOriginAllowed } from './origin-check.ts';
import { roomForLog, roomFromPath } from './room-name.ts';

export interface UpgradeGate {
  /** The onAuthenticate hooks: a grant, or null to refuse. */
  authenticate(room: string, token: string | null, request: IncomingMessage): Promise<Grant | null>;
  allowedOrigins: readonly string[];
  log: Logger;
  /** Holds a connection slot for `room` (per address, per room, per server limits). */
  reserve(request: IncomingMessage, room: string): Slot | Refusal;
  isStopping(): boolean;
}

export type UpgradeDecision =
  { room: string; grant: Grant; slot: Slot } | { status: number; text: string };

const statusText: Record<number, string> = {
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

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
  const slot = gate.reserve(request, room);
  if ('status' in slot) {
    gate.log.warn({ room: roomForLog(room), reason: slot.reason }, 'upgrade refused');
    return { status: slot.status, text: statusText[slot.status]! };
  }
  try {
    const grant = await gate.authenticate(room, url.searchParams.get('token'), request);
    if (grant) return { room, grant, slot };
  } catch (error) {
    slot.release();
    throw error;
  }
  slot.release();
  gate.log.info({ room: roomForLog(room) }, 'upgrade refused: missing or invalid token');
  return { status: 401, text: 'Unauthorized' };
}

export function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
}
