import type { BoardDoc } from '@sketchroom/board-yjs';
import { useRef, useState, type KeyboardEvent } from 'react';
import { untitledBoard, useBoardTitle } from '../sync/use-board-title.ts';

export const maxTitleLength = 120;

/**
 * The shared title, edited in place. While someone types, their draft wins over remote
 * renames; the edit is committed on Enter or blur and Escape restores the shared title.
 */
export function BoardTitle({ board, readOnly }: { board: BoardDoc; readOnly: boolean }) {
  const title = useBoardTitle(board);
  const [draft, setDraft] = useState<string | null>(null);
  const cancelling = useRef(false);
  const shown = draft ?? title;

  const commit = () => {
    const next = (draft ?? '').replace(/\s+/g, ' ').trim();
    if (!cancelling.current && draft !== null && next !== title) board.setTitle(next);
    cancelling.current = false;
    setDraft(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') event.currentTarget.blur();
    if (event.key === 'Escape') {
      cancelling.current = true;
      event.currentTarget.blur();
    }
  };

  return (
    <input
      className="board-title"
      data-testid="title-input"
      aria-label="Board title"
      value={shown}
      placeholder={untitledBoard}
      title={title || untitledBoard}
      maxLength={maxTitleLength}
      readOnly={readOnly}
      spellCheck={false}
      autoComplete="off"
      size={Math.max(8, Math.min(40, (shown || untitledBoard).length + 1))}
      onFocus={() => setDraft(title)}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
    />
  );
}
