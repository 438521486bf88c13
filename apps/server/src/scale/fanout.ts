/** What instances tell each other about a room. */
export const FanoutKind = { update: 1, awareness: 2, revoke: 3 } as const;
export type FanoutKind = (typeof FanoutKind)[keyof typeof FanoutKind];

export interface FanoutMessage {
  kind: FanoutKind;
  payload: Uint8Array;
  /** The sending instance's id, on messages received from another instance. */
  from?: string;
}

/**
 * Carries a room's updates and presence between server instances. Without one, a single
 * instance serves everything. Publishing is fire-and-forget: durability comes from storage.
 */
export interface Fanout {
  /**
   * Resolves once messages for `room` will be delivered (subscribe before loading the room).
   * For a revocation, the handler's promise settles once old tokens are cut on this instance.
   */
  subscribe(
    room: string,
    onMessage: (message: FanoutMessage) => void | Promise<void>,
  ): Promise<void>;
  unsubscribe(room: string): Promise<void>;
  publish(room: string, message: FanoutMessage): void;
  /** Tells every instance with the room loaded to cut old tokens; resolves once they all have. */
  revoke(room: string): Promise<void>;
  /** Called after the connection to the other instances came back: messages may have been lost. */
  onReconnect(listener: () => void): void;
  ping(): Promise<void>;
  close(): Promise<void>;
}
