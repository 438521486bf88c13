/** Who a connection is: owners and editors write, viewers only read and show presence. */
export const Role = { owner: 'owner', editor: 'editor', viewer: 'viewer' } as const;
export type Role = (typeof Role)[keyof typeof Role];

/** The two shareable links of a board; each can be rotated on its own. */
export const LinkKind = { edit: 'edit', view: 'view' } as const;
export type LinkKind = (typeof LinkKind)[keyof typeof LinkKind];

const roles: ReadonlySet<unknown> = new Set(Object.values(Role));
const linkKinds: ReadonlySet<unknown> = new Set(Object.values(LinkKind));

export const isRole = (value: unknown): value is Role => roles.has(value);
export const isLinkKind = (value: unknown): value is LinkKind => linkKinds.has(value);

/** Owners and editors write; the server drops a viewer's updates (R9). */
export const canWrite = (role: Role): boolean => role !== Role.viewer;

/** The link a role's token is handed out as; the owner's token is never a link. */
export const linkKindOfRole = (role: Role): LinkKind | null =>
  role === Role.editor ? LinkKind.edit : role === Role.viewer ? LinkKind.view : null;

export const roleOfLinkKind = (link: LinkKind): Role =>
  link === LinkKind.edit ? Role.editor : Role.viewer;
