import { isCurrent } from './access/access-control.ts';
import { CloseCode } from '@sketchroom/wire';
import type { Connection } from './connection.ts';
import type { Fanout } from './scale/fanout.ts';
import type { Store } from './storage/store.ts';

/**
 * Cuts connections whose link was rotated. A link is checked at the upgrade and once more after
 * the room is loaded and subscribed to revocations, just before the connection joins: a rotation
 * committed before that second check is seen by it, and one committed after it reaches the
 * connection through the sweep (here, or on every other instance before rotate() returns).
 */
export class Revocation {
  constructor(
    private readonly store: Store,
    private readonly connections: ReadonlySet<Connection>,
    private readonly fanout: Fanout | null,
  ) {}

  /** After a rotation on this instance: cut old tokens here, then everywhere else. */
  async revoke(room: string): Promise<void> {
    await this.sweep(room);
    await this.fanout?.revoke(room);
  }

  /** Closes this instance's connections to `room` that hold a token of an old generation. */
  async sweep(room: string): Promise<void> {
    const current = await this.store.readAccess(room);
    if (!current) return;
    for (const connection of this.connections) {
      if (connection.room === room && !isCurrent(connection.grant, current)) {
        connection.fail(CloseCode.linkRevoked, 'link revoked');
      }
    }
  }

  /** Whether the connection's grant is still current; rooms nobody protected admit everyone. */
  async admit(connection: Connection): Promise<boolean> {
    const current = await this.store.readAccess(connection.room);
    return !current || isCurrent(connection.grant, current);
  }
}
