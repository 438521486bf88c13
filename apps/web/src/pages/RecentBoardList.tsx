import { useEffect, useState } from 'react';
import { forgetBoard, useRecentBoards } from '../app/recent-boards.ts';
import { timeAgo } from '../app/relative-time.ts';
import { boardPath, handleLinkClick } from '../app/router.ts';
import { untitledBoard } from '../sync/use-board-title.ts';
import { CloseIcon } from '../ui/icons.tsx';

/** Boards this browser opened, newest first. Only a memory: removing one deletes nothing. */
export function RecentBoardList() {
  const boards = useRecentBoards();
  const now = useNow(60_000);

  return (
    <section className="recent" aria-labelledby="recent-heading">
      <h2 id="recent-heading">Recent boards</h2>
      {boards.length === 0 ? (
        <p className="recent-empty" data-testid="recent-empty">
          Boards you open in this browser will show up here.
        </p>
      ) : (
        <ul className="recent-list panel" data-testid="recent-boards">
          {boards.map((board) => {
            const title = board.title || untitledBoard;
            return (
              <li key={board.id} className="recent-item" data-testid={`recent-board-${board.id}`}>
                <a
                  className="recent-open"
                  href={boardPath(board.id)}
                  data-testid={`recent-open-${board.id}`}
                  onClick={handleLinkClick}
                >
                  <span className="recent-title" data-untitled={!board.title || undefined}>
                    {title}
                  </span>
                  <span className="recent-meta">Opened {timeAgo(board.lastOpened, now)}</span>
                </a>
                <button
                  type="button"
                  className="button icon-button recent-remove"
                  data-testid={`recent-remove-${board.id}`}
                  aria-label={`Remove ${title} from recent boards`}
                  title="Remove from this list"
                  onClick={() => forgetBoard(board.id)}
                >
                  <CloseIcon />
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
