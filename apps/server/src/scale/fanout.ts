/** What instances tell each other about a room. */
export const FanoutKind = { update: 1, awareness: 2, revoke: 3 } as const;
export type FanoutKind = (typeof FanoutKind)[keyof typeof FanoutKind];

export interface FanoutMessage {
  kind: FanoutKind;
  payload: Uint8Array;
}

/**
 * Carries a room's updates and presence between server instances. Without one, a single
 * instance serves everything. Publishing is fire-and-forget: durability comes from storage.
 */
export interface Fanout {
  /** Resolves once messages for `room` will be delivered (subscribe before loading the room). */
  subscribe(room: string, onMessage: (message: FanoutMessage) => void): Promise<void>;
  unsubscribe(room: string): Promise<void>;
  publish(room: string, message: FanoutMessage): void;
  ping(): Promise<void>;
  close(): Promise<void>;
}
