import { useEffect, useState, useSyncExternalStore } from 'react';
import { connectBoard, type BoardConnection } from './connect-board.ts';
import type { ConnectionStatus, StatusStore } from './connection-status.ts';

/** The connection lives exactly as long as the board page shows this room. */
export function useBoardConnection(roomId: string, token: string | null): BoardConnection | null {
  const [connection, setConnection] = useState<BoardConnection | null>(null);
  useEffect(() => {
    const next = connectBoard(roomId, token);
    setConnection(next);
    return () => {
      setConnection(null);
      next.destroy();
    };
  }, [roomId, token]);
  return connection?.roomId === roomId ? connection : null;
}

export function useConnectionStatus(status: StatusStore): ConnectionStatus {
  return useSyncExternalStore(status.subscribe, status.get);
}
