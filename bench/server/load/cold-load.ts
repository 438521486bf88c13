// S6: the stock y-websocket client opens a stored room; how long until it holds the board.
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ColdLoadJob, ColdLoadResult } from './jobs.ts';

const timeoutMs = 120_000;

export async function runColdLoad(job: ColdLoadJob): Promise<ColdLoadResult> {
  const doc = new Y.Doc();
  const shapes = doc.getMap('shapes');
  const started = performance.now();
  const provider = new WebsocketProvider(job.url, job.room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    return await new Promise<ColdLoadResult>((resolve, reject) => {
      let syncedMs: number | null = null;
      const timer = setTimeout(() => reject(new Error('cold load timed out')), timeoutMs);
      const check = () => {
        if (syncedMs === null || shapes.size < job.shapes) return;
        clearTimeout(timer);
        resolve({ loadedMs: performance.now() - started, syncedMs });
      };
      provider.on('sync', (isSynced: boolean) => {
        if (isSynced && syncedMs === null) syncedMs = performance.now() - started;
        check();
      });
      // The reference may answer sync before its storage has loaded; the board follows later.
      doc.on('update', check);
    });
  } finally {
    provider.destroy();
    doc.destroy();
  }
}
