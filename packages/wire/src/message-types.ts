// The numbers on the wire. They are y-websocket's, so the stock client understands every frame.

/** The first varUint of every frame. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export type MessageType = (typeof MessageType)[keyof typeof MessageType];

/** The second varUint of a sync message. */
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;
export type SyncType = (typeof SyncType)[keyof typeof SyncType];

/** The second varUint of an auth message; y-protocols defines only this one. */
export const AuthType = { permissionDenied: 0 } as const;
export type AuthType = (typeof AuthType)[keyof typeof AuthType];
