import type { HookRoom, ServerHooks } from '../hooks.ts';
import { FanoutKind, type Fanout, type FanoutMessage } from './fanout.ts';

export interface FanoutPeers {
  /** Another instance rotated a link of this room: cut old tokens here. */
  sweep(room: string): Promise<void>;
  /** Read a room's rows again, for updates this instance missed. */
  resync(room: string): void;
}

/**
 * Scale-out as server hooks. A room subscribes to its channel before its rows are read, so
 * nothing another instance writes meanwhile is missed: it is either in the rows read or in a
 * message held until the room exists (Yjs updates are idempotent, so both is fine). Held
 * messages are bounded; past the bound they are dropped and the room rereads its rows once loaded.
 */
export function fanoutHooks(fanout: Fanout, peers: FanoutPeers, maxHeldBytes: number): ServerHooks {
  return {
    async onLoadRoom({ room: name, loaded }) {
      let room: HookRoom | null = null;
      const held: FanoutMessage[] = [];
      let heldBytes = 0;
      let missedSome = false;
      await fanout.subscribe(name, (message) => {
        if (message.kind === FanoutKind.revoke) return peers.sweep(name);
        if (room) return room.applyFromInstance(message);
        heldBytes += message.payload.byteLength;
        if (heldBytes <= maxHeldBytes) held.push(message);
        else missedSome = true;
        return undefined;
      });
      loaded.then(
        (ready) => {
          room = ready;
          for (const message of held) ready.applyFromInstance(message);
          held.length = 0;
          if (missedSome) peers.resync(name);
        },
        () => void fanout.unsubscribe(name).catch(() => undefined),
      );
    },
    onChange({ room, kind, update, fromInstance }) {
      if (kind === 'presence' && !fromInstance)
        fanout.publish(room.name, { kind: FanoutKind.awareness, payload: update });
    },
    onStored({ room, update }) {
      fanout.publish(room.name, { kind: FanoutKind.update, payload: update });
    },
    // Unsubscribing now reaches Redis before any later load of this room subscribes again.
    onUnload: ({ room }) => fanout.unsubscribe(room.name).catch(() => undefined),
  };
}
