import { useCallback, useRef, useState, type CSSProperties } from 'react';
import type { Identity } from '../app/identity.ts';
import type { Person } from '../sync/use-people.ts';
import { Avatar } from './Avatar.tsx';
import { IdentityEditor } from './IdentityEditor.tsx';
import { useDismiss } from './use-dismiss.ts';
import './popover.css';
import './people.css';

const maxAvatars = 5;

interface PeopleListProps {
  people: readonly Person[];
  identity: Identity;
  followed: number | null;
  canFollow: boolean;
  onFollow: (clientId: number | null) => void;
}

/** Avatars of everyone here: yours opens your name and colour, anyone else's follows them. */
export function PeopleList({ people, identity, followed, canFollow, onFollow }: PeopleListProps) {
  const [open, setOpen] = useState<'none' | 'identity' | 'everyone'>('none');
  const rootRef = useRef<HTMLDivElement>(null);
  const close = useCallback(() => setOpen('none'), []);
  useDismiss(rootRef, open !== 'none', close);

  const shown = people.slice(0, maxAvatars);
  const hidden = people.length - shown.length;

  const pick = (person: Person) => {
    if (person.isSelf) {
      setOpen(open === 'identity' ? 'none' : 'identity');
      return;
    }
    setOpen('none');
    onFollow(followed === person.clientId ? null : person.clientId);
  };

  return (
    <div className="people" ref={rootRef} data-testid="people-list">
      <ul className="avatar-stack">
        {shown.map((person) => (
          <li key={person.clientId}>
            <PersonButton
              person={person}
              followed={followed === person.clientId}
              canFollow={canFollow}
              onClick={() => pick(person)}
            />
          </li>
        ))}
        {hidden > 0 && (
          <li>
            <button
              type="button"
              className="avatar-more"
              data-testid="people-more"
              aria-label={`Show all ${people.length} people`}
              onClick={() => setOpen(open === 'everyone' ? 'none' : 'everyone')}
            >
              +{hidden}
            </button>
          </li>
        )}
      </ul>
      {open === 'identity' && <IdentityEditor identity={identity} onDone={close} />}
      {open === 'everyone' && (
        <ul className="popover people-popover" data-testid="people-popover">
          {people.map((person) => (
            <li key={person.clientId}>
              <button type="button" className="people-row" onClick={() => pick(person)}>
                <Avatar name={person.name} color={person.color} size={24} />
                <span className="people-row-name">{person.name}</span>
                {person.isSelf && <span className="you-tag">you</span>}
                {followed === person.clientId && <span className="you-tag">following</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function PersonButton(props: {
  person: Person;
  followed: boolean;
  canFollow: boolean;
  onClick: () => void;
}) {
  const { person, followed, canFollow, onClick } = props;
  const label = person.isSelf
    ? `${person.name} (you): change your name and colour`
    : followed
      ? `Stop following ${person.name}`
      : `Follow ${person.name}`;
  return (
    <button
      type="button"
      className="avatar-button"
      data-testid={`person-${person.clientId}`}
      data-name={person.name}
      data-self={person.isSelf || undefined}
      data-followed={followed || undefined}
      style={{ '--person-color': person.color } as CSSProperties}
      aria-label={label}
      aria-pressed={person.isSelf ? undefined : followed}
      title={person.isSelf ? `${person.name} (you)` : person.name}
      disabled={!person.isSelf && !canFollow}
      onClick={onClick}
    >
      <Avatar name={person.name} color={person.color} />
      {person.isSelf && <span className="you-tag avatar-you">you</span>}
    </button>
  );
}
