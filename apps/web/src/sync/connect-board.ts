import { BoardDoc } from '@sketchroom/board-yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { trackConnectionStatus, type StatusStore } from './connection-status.ts';
import { websocketBase } from './ws-url.ts';

export interface BoardConnection {
  readonly roomId: string;
  readonly doc: Y.Doc;
  readonly board: BoardDoc;
  readonly awareness: Awareness;
  readonly provider: WebsocketProvider;
  readonly status: StatusStore;
  /** Settles once this browser's saved copy of the board is in the doc. */
  readonly whenLocalCopyLoaded: Promise<void>;
  destroy(): void;
}

/**
 * One board, two replicas of it: the server over y-websocket and this browser's
 * IndexedDB copy, which shows the board at once on reload and keeps offline edits until
 * the socket is back. Both merge into the same Y.Doc, so their order never matters.
 */
export function connectBoard(roomId: string, token: string | null): BoardConnection {
  const doc = new Y.Doc();
  const persistence = new IndexeddbPersistence(`sketchroom:${roomId}`, doc);
  const provider = new WebsocketProvider(
    websocketBase(location.origin, import.meta.env.DEV),
    roomId,
    doc,
    // R1: the room is the path, the access token a query parameter. With no network at
    // all, wait for the browser's 'online' event rather than fail a first attempt.
    { params: token ? { token } : {}, connect: navigator.onLine },
  );
  const status = trackConnectionStatus(provider);
  // When our previous socket closes, peers drop our presence at its current clock, and a
  // re-announcement at that same clock is ignored: re-publish with a fresh clock instead.
  const republishPresence = (synced: boolean) => {
    const state = provider.awareness.getLocalState();
    if (synced && state !== null) provider.awareness.setLocalState(state);
  };
  provider.on('sync', republishPresence);
  const board = new BoardDoc(doc);
  const whenLocalCopyLoaded = persistence.whenSynced.then(
    () => undefined,
    () => undefined,
  );

  let destroyed = false;
  return {
    roomId,
    doc,
    board,
    awareness: provider.awareness,
    provider,
    status,
    whenLocalCopyLoaded,
    destroy() {
      if (destroyed) return;
      destroyed = true;
      status.destroy();
      provider.off('sync', republishPresence);
      // The provider tells peers we left before it closes the socket.
      provider.destroy();
      void persistence.destroy();
      board.destroy();
      // Also destroys the awareness, which listens for the doc's destroy.
      doc.destroy();
    },
  };
}
