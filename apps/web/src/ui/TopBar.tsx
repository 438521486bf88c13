import type { BoardDoc } from '@sketchroom/board-yjs';
import type { Identity } from '../app/identity.ts';
import { handleLinkClick } from '../app/router.ts';
import type { Theme } from '../app/theme.ts';
import type { ConnectionStatus } from '../sync/connection-status.ts';
import type { Person } from '../sync/use-people.ts';
import { BoardTitle } from './BoardTitle.tsx';
import { ConnectionBadge } from './ConnectionBadge.tsx';
import { LogoMark } from './icons.tsx';
import { PeopleList } from './PeopleList.tsx';
import { ShareButton } from './ShareButton.tsx';
import { ThemeToggle } from './ThemeToggle.tsx';
import './top-bar.css';

interface TopBarProps {
  board: BoardDoc;
  readOnly: boolean;
  /** Joined through a view-only link. */
  viewOnly: boolean;
  editUrl: string | null;
  viewUrl: string | null;
  onResetLink: ((link: 'edit' | 'view') => Promise<void>) | null;
  status: ConnectionStatus;
  people: readonly Person[];
  identity: Identity;
  theme: Theme;
  followed: number | null;
  canFollow: boolean;
  onFollow: (clientId: number | null) => void;
}

/** Two panels floating over the canvas corners; the gap between them stays drawable. */
export function TopBar(props: TopBarProps) {
  return (
    <header className="top-bar">
      <div className="panel top-bar-panel">
        <a
          href="/"
          className="button icon-button home-link"
          data-testid="home-link"
          aria-label="All boards"
          title="All boards"
          onClick={handleLinkClick}
        >
          <LogoMark size={24} />
        </a>
        <span className="top-bar-divider" aria-hidden="true" />
        <BoardTitle board={props.board} readOnly={props.readOnly} />
        {props.viewOnly && (
          <span className="view-only-tag" data-testid="view-only">
            View only
          </span>
        )}
      </div>
      <div className="panel top-bar-panel">
        <ConnectionBadge status={props.status} peopleCount={props.people.length} />
        <PeopleList
          people={props.people}
          identity={props.identity}
          followed={props.followed}
          canFollow={props.canFollow}
          onFollow={props.onFollow}
        />
        <ShareButton
          editUrl={props.editUrl}
          viewUrl={props.viewUrl}
          onResetLink={props.onResetLink}
        />
        <ThemeToggle theme={props.theme} />
      </div>
    </header>
  );
}
