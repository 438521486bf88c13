import type { ConnectionStatus } from '../sync/connection-status.ts';
import { PersonIcon } from './icons.tsx';

const labels: Record<ConnectionStatus, string> = {
  connecting: 'Connecting…',
  connected: 'Connected',
  offline: 'Offline',
};

const explanations: Record<ConnectionStatus, string> = {
  connecting: 'Reaching the server. You can already draw; changes are kept in this browser.',
  connected: 'Changes are saved and shared live.',
  offline: 'Changes are kept in this browser and sync when the connection returns.',
};

export function ConnectionBadge({
  status,
  peopleCount,
}: {
  status: ConnectionStatus;
  peopleCount: number;
}) {
  const people = `${peopleCount} ${peopleCount === 1 ? 'person' : 'people'} here`;
  return (
    <div
      className="connection-badge"
      data-testid="connection-badge"
      data-status={status}
      title={`${explanations[status]} ${people}.`}
    >
      <span className="connection-dot" aria-hidden="true" />
      <span data-testid="connection-label" role="status">
        {labels[status]}
      </span>
      <span className="people-count" aria-label={people}>
        <PersonIcon />
        <span data-testid="people-count">{peopleCount}</span>
      </span>
    </div>
  );
}
