import { encodeUpdate } from '@sketchroom/wire';
import WebSocket from 'ws';
import * as Y from 'yjs';

export interface RawSocket {
  ws: WebSocket;
  frames: Uint8Array[];
  closed: Promise<{ code: number; reason: string }>;
  send(bytes: Uint8Array | string): void;
}

/** A bare WebSocket for sending bytes no honest client would send. */
export async function openRawSocket(url: string, room: string, token?: string): Promise<RawSocket> {
  const query = token ? `?token=${encodeURIComponent(token)}` : '';
  const ws = new WebSocket(`${url}/${room}${query}`);
  const frames: Uint8Array[] = [];
  ws.on('message', (data: Buffer) => frames.push(new Uint8Array(data)));
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return { ws, frames, closed, send: (bytes) => ws.send(bytes) };
}

/** A sync update message carrying `update`. */
export const updateMessage = (update: Uint8Array): Uint8Array => encodeUpdate(update);

/** A real Yjs update that sets data[key] = value. */
export function makeUpdate(key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('data').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}
