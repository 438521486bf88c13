import WebSocket from 'ws';
import * as Y from 'yjs';
import type { CreatedBoard } from './boards.ts';
import { connectClient, type Client } from './clients.ts';

/**
 * All test traffic comes from 127.0.0.1. Behind a reverse proxy (`trustProxy`), the server
 * takes the client address from the last X-Forwarded-For entry, so tests stand for other
 * people by sending that header.
 */
export const from = (address: string): Record<string, string> => ({
  'x-forwarded-for': address,
});

export type Attempt = { status: 101; ws: WebSocket } | { status: number; ws?: undefined };

/** Opens a WebSocket and keeps it open; reports the HTTP status when the upgrade is refused. */
export function tryOpen(
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<Attempt> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}${path}`, { headers });
    ws.once('unexpected-response', (_request, response) => {
      response.resume();
      resolve({ status: response.statusCode ?? 0 });
      ws.terminate();
    });
    ws.once('open', () => resolve({ status: 101, ws }));
    ws.once('error', reject);
  });
}

/** Resolves once the socket is closed, with the close code the client saw. */
export function closedOf(ws: WebSocket): Promise<{ code: number; reason: string }> {
  if (ws.readyState === WebSocket.CLOSED) return Promise.resolve({ code: 0, reason: 'closed' });
  return new Promise((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}

export function postBoard(port: number, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`http://127.0.0.1:${port}/api/boards`, { method: 'POST', headers });
}

export async function createBoardFrom(
  port: number,
  headers: Record<string, string>,
): Promise<CreatedBoard> {
  const response = await postBoard(port, headers);
  if (response.status !== 201) throw new Error(`board creation failed: ${response.status}`);
  return (await response.json()) as CreatedBoard;
}

/** The stock client, sending extra upgrade headers (a forwarded address). */
export const connectClientWith = (
  url: string,
  room: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Client => connectClient(url, room, new Y.Doc(), params, headers);
