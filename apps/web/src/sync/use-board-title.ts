import type { BoardDoc } from '@sketchroom/board-yjs';
import { useCallback, useSyncExternalStore } from 'react';

export const untitledBoard = 'Untitled board';

/** The shared board title as stored: '' when nobody has named the board yet. */
export function useBoardTitle(board: BoardDoc): string {
  const subscribe = useCallback((onChange: () => void) => board.observeTitle(onChange), [board]);
  const read = useCallback(() => board.getTitle(), [board]);
  return useSyncExternalStore(subscribe, read);
}
