import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

export interface Client {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced(): Promise<void>;
  destroy(): void;
}

/** The stock y-websocket client, exactly as an app would use it (no BroadcastChannel shortcut). */
export function connectClient(
  url: string,
  room: string,
  doc = new Y.Doc(),
  params: Record<string, string> = {},
  /** Extra upgrade headers (an Origin, a forwarded address). */
  headers: Record<string, string> = {},
): Client {
  class WebSocketWithHeaders extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  const provider = new WebsocketProvider(url, room, doc, {
    params,
    WebSocketPolyfill: WebSocketWithHeaders as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return {
    doc,
    provider,
    synced: () => waitFor(() => provider.synced, `client in ${room} to sync`),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function connectSynced(
  url: string,
  room: string,
  params: Record<string, string> = {},
): Promise<Client> {
  const client = connectClient(url, room, new Y.Doc(), params);
  await client.synced();
  return client;
}

export async function waitFor(
  condition: () => boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** What the shared test documents contain, as plain JSON, for comparing replicas. */
export function contentOf(doc: Y.Doc): unknown {
  // Map key order depends on arrival order, so keys are sorted for comparison.
  const map = Object.fromEntries(
    Object.entries(doc.getMap('data').toJSON()).sort(([a], [b]) => a.localeCompare(b)),
  );
  return { map, list: doc.getArray('list').toJSON(), text: doc.getText('text').toString() };
}
