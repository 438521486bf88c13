import { useEffect, useState } from 'react';
import { createRoomId } from '../app/room-id.ts';
import { boardPath, navigate } from '../app/router.ts';
import { BoardApiError, createBoard } from '../sync/board-api.ts';
import { rememberTokens } from '../sync/board-tokens.ts';
import { useTheme } from '../app/theme.ts';
import { PlusIcon, LogoMark } from '../ui/icons.tsx';
import { ThemeToggle } from '../ui/ThemeToggle.tsx';
import { RecentBoardList } from './RecentBoardList.tsx';
import './home-page.css';

/**
 * A new board is made by the server, which hands back its owner token and links. A server
 * without the board API (404) runs open rooms, where any unguessable id is a board.
 */
async function startBoard(): Promise<string> {
  try {
    const board = await createBoard();
    rememberTokens(board.roomId, [board.ownerToken, board.links.edit, board.links.view]);
    return boardPath(board.roomId, board.links.edit);
  } catch (error) {
    if (error instanceof BoardApiError && error.status === 404) return boardPath(createRoomId());
    throw error;
  }
}

export function HomePage() {
  const theme = useTheme();
  const [creating, setCreating] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const onNewBoard = () => {
    setCreating(true);
    setError(null);
    startBoard().then(navigate, (error: unknown) => {
      setCreating(false);
      const refused = error instanceof BoardApiError && error.status !== null && error.status < 500;
      setError(
        refused
          ? `The server did not create a board: ${error.message}.`
          : 'Could not reach the server to create a board. Check your connection and try again.',
      );
    });
  };

  useEffect(() => {
    document.title = 'Sketchroom';
  }, []);

  return (
    <main className="home-page">
      <div className="home-corner">
        <ThemeToggle theme={theme} />
      </div>
      <section className="home-hero">
        <LogoMark size={48} />
        <h1>Sketchroom</h1>
        <p className="home-tagline">
          A whiteboard for drawing together. Start a board, share its link, and everyone with the
          link joins in real time.
        </p>
        <button
          type="button"
          className="button button-primary home-new"
          data-testid="new-board"
          disabled={creating}
          onClick={onNewBoard}
        >
          <PlusIcon />
          {creating ? 'Creating…' : 'New board'}
        </button>
        {error && (
          <p className="home-error" role="alert" data-testid="new-board-error">
            {error}
          </p>
        )}
      </section>
      <RecentBoardList />
    </main>
  );
}
