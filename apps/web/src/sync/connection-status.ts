import type { WebsocketProvider } from 'y-websocket';

export const ConnectionStatuses = {
  connecting: 'connecting',
  connected: 'connected',
  offline: 'offline',
} as const;
export type ConnectionStatus = (typeof ConnectionStatuses)[keyof typeof ConnectionStatuses];

export interface StatusStore {
  get(): ConnectionStatus;
  subscribe(onChange: () => void): () => void;
}

/**
 * Connected means synced with the server, not merely a socket being open. After the first
 * failed attempt the provider keeps retrying with backoff; we say "offline" through those
 * retries instead of flickering back to "connecting" on each one.
 */
export function trackConnectionStatus(provider: WebsocketProvider): StatusStore & {
  destroy(): void;
} {
  const listeners = new Set<() => void>();
  let hasFailed = false;
  let status: ConnectionStatus = ConnectionStatuses.connecting;

  const update = () => {
    const next = deriveStatus({
      browserOnline: navigator.onLine,
      synced: provider.wsconnected && provider.synced,
      hasFailed,
    });
    if (next === status) return;
    status = next;
    for (const listener of [...listeners]) listener();
  };
  const onClose = () => {
    hasFailed = true;
    update();
  };
  const onSync = (synced: boolean) => {
    if (synced) hasFailed = false;
    update();
  };
  // A vanished network often leaves the socket open but dead for a long time; drop it at
  // once so the badge is honest, and reconnect (with a fresh sync) when the network returns.
  const onOffline = () => {
    provider.disconnect();
    hasFailed = true;
    update();
  };
  const onOnline = () => {
    hasFailed = false;
    provider.connect();
    update();
  };

  provider.on('status', update);
  provider.on('sync', onSync);
  provider.on('connection-close', onClose);
  window.addEventListener('offline', onOffline);
  window.addEventListener('online', onOnline);
  if (!navigator.onLine) onOffline();
  update();

  return {
    get: () => status,
    subscribe(onChange) {
      listeners.add(onChange);
      return () => listeners.delete(onChange);
    },
    destroy() {
      provider.off('status', update);
      provider.off('sync', onSync);
      provider.off('connection-close', onClose);
      window.removeEventListener('offline', onOffline);
      window.removeEventListener('online', onOnline);
      listeners.clear();
    },
  };
}

export function deriveStatus(facts: {
  browserOnline: boolean;
  synced: boolean;
  hasFailed: boolean;
}): ConnectionStatus {
  if (!facts.browserOnline) return ConnectionStatuses.offline;
  if (facts.synced) return ConnectionStatuses.connected;
  return facts.hasFailed ? ConnectionStatuses.offline : ConnectionStatuses.connecting;
}
