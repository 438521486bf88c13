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

export const boardApiPaths = {
  /** POST: create a board. */
  boards: '/api/boards',
  /** GET (any valid token): the links the bearer may share, as BoardLinks. */
  links: (roomId: string) => `/api/boards/${encodeURIComponent(roomId)}/links`,
  /** POST (owner token): a new token for `link`; the old one stops working. Answers BoardLinks. */
  rotate: (roomId: string, link: LinkKind) =>
    `/api/boards/${encodeURIComponent(roomId)}/links/${link}/rotate`,
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
