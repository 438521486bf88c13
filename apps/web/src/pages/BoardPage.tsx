import { canWrite } from '@sketchroom/board-access';
import { setLocalPresence } from '@sketchroom/board-yjs';
import { useEffect, useState } from 'react';
import { BoardCanvas } from '../canvas/BoardCanvas.tsx';
import type { EditorHandle } from '../editor/editor-handle.ts';
import { useIdentity } from '../app/identity.ts';
import { rememberBoard } from '../app/recent-boards.ts';
import { boardPath, navigate } from '../app/router.ts';
import { useTheme } from '../app/theme.ts';
import type { BoardConnection } from '../sync/connect-board.ts';
import { adoptLinkToken, useBoardAccess } from '../sync/use-board-access.ts';
import { useBoardConnection, useConnectionStatus } from '../sync/use-board-connection.ts';
import { untitledBoard, useBoardTitle } from '../sync/use-board-title.ts';
import { usePeople } from '../sync/use-people.ts';
import { AccessDenied } from '../ui/AccessDenied.tsx';
import { FollowIndicator } from '../ui/FollowIndicator.tsx';
import { useHistoryAccess } from '../history/use-history-access.ts';
import { TopBar } from '../ui/TopBar.tsx';
import { useFollowedClient } from '../ui/use-followed-client.ts';
import './board-page.css';

export function BoardPage({ roomId, linkToken }: { roomId: string; linkToken: string | null }) {
  // Chosen once per visit: tidying the address bar later must not reconnect.
  const [token] = useState(() => adoptLinkToken(roomId, linkToken));
  const connection = useBoardConnection(roomId, token);

  useEffect(() => {
    rememberBoard(roomId, { lastOpened: Date.now() });
    return () => {
      document.title = 'Sketchroom';
    };
  }, [roomId]);

  return (
    <main className="board-page" data-testid="board-page">
      {connection && <BoardView connection={connection} token={token} />}
    </main>
  );
}

function BoardView({ connection, token }: { connection: BoardConnection; token: string | null }) {
  const { roomId, board, awareness } = connection;
  const theme = useTheme();
  const identity = useIdentity();
  const status = useConnectionStatus(connection.status);
  const access = useBoardAccess(connection, token, status);
  const people = usePeople(awareness);
  const title = useBoardTitle(board);
  const [editor, setEditor] = useState<EditorHandle | null>(null);
  const { followed, follow } = useFollowedClient(editor);
  const followedPerson = people.find((person) => person.clientId === followed);
  const localCopyLoaded = useSettled(connection.whenLocalCopyLoaded);
  const viewOnly = !canWrite(access.role);
  const readOnly = viewOnly || access.denied;
  useHistoryAccess(roomId, token, !readOnly);

  useEffect(() => {
    setLocalPresence(awareness, { user: { name: identity.name, color: identity.color } });
  }, [awareness, identity]);

  useEffect(() => {
    document.title = `${title || untitledBoard} · Sketchroom`;
    // Before the saved copy loads the title reads '' and would blank a remembered one.
    if (localCopyLoaded || title !== '') rememberBoard(roomId, { title });
  }, [roomId, title, localCopyLoaded]);

  // The address bar always holds a link worth copying: ours to share, never the owner's.
  const addressToken = access.editToken ?? access.viewToken;
  useEffect(() => {
    const path = boardPath(roomId, addressToken);
    if (location.pathname + location.search !== path) navigate(path, { replace: true });
  }, [roomId, addressToken]);

  const linkTo = (shareToken: string | null) =>
    new URL(boardPath(roomId, shareToken), location.origin).href;
  // A room opened without any token is an open room: its plain link lets anyone edit.
  const isOpenRoom = token === null;
  return (
    <>
      <BoardCanvas
        board={board}
        awareness={awareness}
        readOnly={readOnly}
        theme={theme}
        roomId={roomId}
        token={token}
        connected={status === 'connected'}
        onEditorReady={setEditor}
      />
      <TopBar
        board={board}
        readOnly={readOnly}
        viewOnly={viewOnly}
        editUrl={isOpenRoom ? linkTo(null) : access.editToken && linkTo(access.editToken)}
        viewUrl={access.viewToken && linkTo(access.viewToken)}
        onResetLink={access.resetLink}
        status={status}
        people={people}
        identity={identity}
        theme={theme}
        followed={followed}
        canFollow={editor !== null}
        onFollow={follow}
      />
      {followedPerson && <FollowIndicator person={followedPerson} onStop={() => follow(null)} />}
      {access.denied && <AccessDenied />}
    </>
  );
}

function useSettled(promise: Promise<unknown>): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    let current = true;
    void promise.finally(() => {
      if (current) setSettled(true);
    });
    return () => {
      current = false;
    };
  }, [promise]);
  return settled;
}
