import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** A plain Yjs program on a board: the stock y-websocket client, no Sketchroom code. */
export interface PlainClient {
  readonly doc: Y.Doc;
  readonly provider: WebsocketProvider;
  close(): void;
}

/** Connects and resolves once the first sync with the server is done. */
export async function connectPlainClient(
  appUrl: string,
  roomId: string,
  token: string,
  timeoutMs = 15_000,
): Promise<PlainClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(appUrl.replace(/^http/, 'ws'), roomId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token },
  });
  const close = () => {
    provider.destroy();
    doc.destroy();
  };
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the stock client never synced')), timeoutMs);
      provider.once('sync', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  } catch (error) {
    close();
    throw error;
  }
  return { doc, provider, close };
}
