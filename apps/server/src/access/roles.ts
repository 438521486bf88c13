/** Who a connection is: owners and editors write, viewers only read and show presence. */
export const Role = { owner: 'owner', editor: 'editor', viewer: 'viewer' } as const;
export type Role = (typeof Role)[keyof typeof Role];

/** The two shareable links of a board; each can be rotated on its own. */
export const Link = { edit: 'edit', view: 'view' } as const;
export type Link = (typeof Link)[keyof typeof Link];

export const linkOfRole = (role: Role): Link | null =>
  role === Role.editor ? Link.edit : role === Role.viewer ? Link.view : null;

export const canWrite = (role: Role) => role !== Role.viewer;

/** A protected room's current link generations; a token of an older generation is revoked. */
export interface RoomAccess {
  room: string;
  editGeneration: number;
  viewGeneration: number;
}
