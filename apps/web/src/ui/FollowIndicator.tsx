import type { CSSProperties } from 'react';
import type { Person } from '../sync/use-people.ts';
import { CloseIcon } from './icons.tsx';
import './overlays.css';

/** A frame in the followed person's colour around the viewport, and a way out. */
export function FollowIndicator({ person, onStop }: { person: Person; onStop: () => void }) {
  const style = { '--person-color': person.color } as CSSProperties;
  return (
    <>
      <div className="follow-frame" style={style} aria-hidden="true" />
      <div className="follow-banner" style={style} data-testid="follow-banner" role="status">
        <span>
          Following <strong>{person.name}</strong>
        </span>
        <button
          type="button"
          className="follow-stop"
          data-testid="follow-stop"
          aria-label={`Stop following ${person.name}`}
          onClick={onStop}
        >
          <CloseIcon size={14} />
        </button>
      </div>
    </>
  );
}
