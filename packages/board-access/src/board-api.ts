// The HTTP API of protected boards, as both ends see it. Bodies are JSON; a token travels as
// `Authorization: Bearer <token>`.
import type { LinkKind } from './roles.ts';

/** Link tokens, by link kind. */
export type LinkTokens = Record<LinkKind, string>;

/** The links the bearer may hand on: owners and editors get both, viewers only `view`. */
export type BoardLinks = Partial<LinkTokens>;

/** `POST /api/boards` → 201: a new protected board. */
export interface CreatedBoard {
  roomId: string;
  ownerToken: string;
  links: LinkTokens;
}

/** Why a version exists: taken on a timer or unload, named by someone, before a mass delete, by a restore. */
export type VersionKind = 'auto' | 'named' | 'protective' | 'restore';

/** One entry of a board's history. `createdAt` is epoch milliseconds. */
export interface VersionSummary {
  id: string;
  createdAt: number;
  kind: VersionKind;
  name?: string;
  /** Who edited since the previous version, as their presence showed them. */
  authors: { name: string; color: string }[];
  shapes: number;
}

/** `GET …/versions` → 200: newest first; `historyForViewers` is the owner's setting. */
export interface VersionList {
  versions: VersionSummary[];
  historyForViewers: boolean;
}

/** `POST …/versions/:id/restore` → 200; restoring `protective` undoes the restore. */
export interface RestoredVersion {
  version: VersionSummary;
  protective: VersionSummary;
}

export const boardApiPaths = {
  /** POST: create a board. */
  boards: '/api/boards',
  /** GET (any valid token): the links the bearer may share, as BoardLinks. */
  links: (roomId: string) => `/api/boards/${encodeURIComponent(roomId)}/links`,
  /** POST (owner token): a new token for `link`; the old one stops working. Answers BoardLinks. */
  rotate: (roomId: string, link: LinkKind) =>
    `/api/boards/${encodeURIComponent(roomId)}/links/${link}/rotate`,
  /**
   * GET (any valid token; viewers unless the owner hid history): VersionList. POST (editors,
   * owner): {"name"} → 201 VersionSummary. PATCH (owner): {"historyForViewers": boolean}.
   */
  versions: (roomId: string) => `/api/boards/${encodeURIComponent(roomId)}/versions`,
  /** GET: the board at that version, as board JSON plus its `title`. */
  version: (roomId: string, id: string) =>
    `/api/boards/${encodeURIComponent(roomId)}/versions/${encodeURIComponent(id)}`,
  /** POST (editors, owner): the live board becomes that version. Answers RestoredVersion. */
  restore: (roomId: string, id: string) =>
    `/api/boards/${encodeURIComponent(roomId)}/versions/${encodeURIComponent(id)}/restore`,
} as const;

/** The links in a response body, keeping only well-formed entries; null if it is no object. */
export function boardLinksOf(body: unknown): BoardLinks | null {
  if (typeof body !== 'object' || body === null) return null;
  const { edit, view } = body as Record<string, unknown>;
  return {
    ...(typeof edit === 'string' && { edit }),
    ...(typeof view === 'string' && { view }),
  };
}

export function isCreatedBoard(body: unknown): body is CreatedBoard {
  if (typeof body !== 'object' || body === null) return false;
  const { roomId, ownerToken, links } = body as Record<string, unknown>;
  if (typeof roomId !== 'string' || typeof ownerToken !== 'string') return false;
  const tokens = boardLinksOf(links);
  return tokens?.edit !== undefined && tokens.view !== undefined;
}
