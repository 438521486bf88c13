import { useEffect } from 'react';
import { setHistoryAccess } from './history-store.ts';

/** Tells the history panel which board it shows and whether we may save and restore. */
export function useHistoryAccess(roomId: string, token: string | null, canEdit: boolean): void {
  useEffect(() => {
    setHistoryAccess({ roomId, token }, canEdit);
  }, [roomId, token, canEdit]);
  useEffect(() => () => setHistoryAccess(null, false), [roomId]);
}
