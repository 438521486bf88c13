import type { Awareness } from 'y-protocols/awareness';
import type { Connection } from '../connection.ts';
import type { VersionAuthor } from '../storage/store.ts';

/** Bounds on what one version records of its authors: presence is a client's own claim. */
export const MAX_AUTHORS = 20;
const MAX_NAME = 64;
const MAX_COLOR = 32;

/** The name and colour of a presence state (DESIGN.md: `{ user: { name, color } }`), bounded. */
export function authorOf(state: unknown): VersionAuthor | null {
  if (typeof state !== 'object' || state === null) return null;
  const user = (state as { user?: unknown }).user;
  if (typeof user !== 'object' || user === null) return null;
  const { name, color } = user as { name?: unknown; color?: unknown };
  if (typeof name !== 'string' || typeof color !== 'string') return null;
  return { name: name.slice(0, MAX_NAME), color: color.slice(0, MAX_COLOR) };
}

/**
 * Who wrote to a room since its last version, as the server saw their presence when they wrote.
 * A connection that writes before it shows any presence is looked up again when the version is
 * taken, if it is still there.
 */
export class AuthorList {
  private readonly authors = new Map<string, VersionAuthor>();
  private readonly unseen = new Set<Connection>();

  noteWriter(awareness: Awareness, connection: Connection): void {
    if (!this.addFrom(awareness, connection)) {
      if (this.unseen.size < MAX_AUTHORS) this.unseen.add(connection);
    }
  }

  /** The authors so far, and a fresh start for the next version. */
  take(awareness: Awareness): VersionAuthor[] {
    for (const connection of this.unseen) this.addFrom(awareness, connection);
    const list = [...this.authors.values()];
    this.authors.clear();
    this.unseen.clear();
    return list;
  }

  private addFrom(awareness: Awareness, connection: Connection): boolean {
    let found = false;
    for (const clientId of connection.clientIds) {
      const author = authorOf(awareness.getStates().get(clientId));
      if (!author) continue;
      found = true;
      const key = `${author.name}\u0000${author.color}`;
      if (!this.authors.has(key) && this.authors.size < MAX_AUTHORS) this.authors.set(key, author);
    }
    return found;
  }
}
