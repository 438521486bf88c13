import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Awareness } from 'y-protocols/awareness';
import type { Grant } from './access/access-control.ts';
import type { Connection } from './connection.ts';
import type { DeleteRange } from './limits/update-scan.ts';
import type { Logger } from './logger.ts';
import type * as Y from 'yjs';
import type { FanoutMessage } from './scale/fanout.ts';

/** What hooks see of a loaded room. */
export interface HookRoom {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly presence: { readonly awareness: Awareness };
  /** True once the room's document can no longer be trusted (it is being dropped). */
  readonly isFailed: boolean;
  /** Applies an update or presence change another instance made. */
  applyFromInstance(message: FanoutMessage): void;
}

export interface AuthenticatePayload {
  room: string;
  /** The `token` query parameter of the upgrade, if any. */
  token: string | null;
  request: IncomingMessage;
}

export interface LoadRoomPayload {
  room: string;
  /** Settles once the room is loaded (or failed to load). */
  loaded: Promise<HookRoom>;
}

export interface ChangePayload {
  room: HookRoom;
  /** A document update, or a merged presence update. */
  kind: 'update' | 'presence';
  update: Uint8Array;
  /** True when another instance made the change (and, for updates, stored it). */
  fromInstance: boolean;
  /** The connection whose update it is; null for presence, other instances and the server's own. */
  connection: Connection | null;
}

export interface BeforeApplyPayload {
  room: HookRoom;
  connection: Connection;
  update: Uint8Array;
  /** The update's delete set, read by the scan. */
  deletes: readonly DeleteRange[];
}

export interface StoredPayload {
  room: HookRoom;
  update: Uint8Array;
}

export interface RoomPayload {
  room: HookRoom;
}

export interface RequestPayload {
  request: IncomingMessage;
  response: ServerResponse;
  /** The URL path without the query. */
  path: string;
}

/**
 * The server's extension points, each with a typed payload. Hooks run in the order they were
 * given. Access control, fan-out between instances and metrics are hooks themselves.
 */
export interface ServerHooks {
  /** Who is connecting: a grant, null to refuse, or undefined to leave it to the next hook. */
  onAuthenticate?(payload: AuthenticatePayload): Promise<Grant | null | undefined>;
  /** A room starts loading; awaited before its rows are read (subscribe here, miss nothing). */
  onLoadRoom?(payload: LoadRoomPayload): Promise<void> | void;
  /**
   * A client's update passed its checks and is about to be applied. A returned promise holds
   * the update's write (R4) until it settles; if it rejects, the write fails as a storage
   * failure does. Runs on the hot path: return nothing unless there is work to wait for.
   */
  onBeforeApply?(payload: BeforeApplyPayload): Promise<void> | void;
  /** The document or presence changed in memory; a document update is not yet stored. */
  onChange?(payload: ChangePayload): void;
  /** A document update is durable (R4); it is relayed to this instance's connections next. */
  onStored?(payload: StoredPayload): void;
  /** A room was flushed and is leaving memory (or failed and is dropped). */
  onUnload?(payload: RoomPayload): Promise<void> | void;
  /** An HTTP request; true when the hook answered it. */
  onRequest?(payload: RequestPayload): Promise<boolean> | boolean;
}

/** Runs hooks in order. The in-memory and stored events never throw into the caller. */
export class Hooks {
  constructor(
    private readonly hooks: readonly ServerHooks[],
    private readonly log: Logger,
  ) {}

  async authenticate(payload: AuthenticatePayload): Promise<Grant | null> {
    for (const hook of this.hooks) {
      const answer = await hook.onAuthenticate?.(payload);
      if (answer !== undefined) return answer;
    }
    return null;
  }

  async loadRoom(payload: LoadRoomPayload): Promise<void> {
    for (const hook of this.hooks) await hook.onLoadRoom?.(payload);
  }

  /** What the update's write must wait for, or null. Throws are logged, never passed on. */
  beforeApply(payload: BeforeApplyPayload): Promise<void> | null {
    let holds: Promise<void>[] | null = null;
    for (const hook of this.hooks) {
      this.guard('onBeforeApply', () => {
        const hold = hook.onBeforeApply?.(payload);
        if (hold) (holds ??= []).push(hold);
      });
    }
    if (!holds) return null;
    return Promise.all(holds as Promise<void>[]).then(() => undefined);
  }

  change(payload: ChangePayload): void {
    for (const hook of this.hooks) this.guard('onChange', () => hook.onChange?.(payload));
  }

  stored(payload: StoredPayload): void {
    for (const hook of this.hooks) this.guard('onStored', () => hook.onStored?.(payload));
  }

  async unload(payload: RoomPayload): Promise<void> {
    for (const hook of this.hooks) {
      try {
        await hook.onUnload?.(payload);
      } catch (error) {
        this.log.error({ err: error }, 'onUnload hook failed');
      }
    }
  }

  async request(payload: RequestPayload): Promise<boolean> {
    for (const hook of this.hooks) if (await hook.onRequest?.(payload)) return true;
    return false;
  }

  private guard(name: string, run: () => void): void {
    try {
      run();
    } catch (error) {
      this.log.error({ err: error }, `${name} hook failed`);
    }
  }
}
