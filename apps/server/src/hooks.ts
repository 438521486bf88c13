import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Grant } from './access/access-control.ts';
import type { Logger } from './logger.ts';
import type * as Y from 'yjs';
import type { FanoutMessage } from './scale/fanout.ts';

/** What hooks see of a loaded room. */
export interface HookRoom {
  readonly name: string;
  readonly doc: Y.Doc;
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
