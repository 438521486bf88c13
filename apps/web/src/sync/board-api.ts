import {
  boardApiPaths,
  boardLinksOf,
  isCreatedBoard,
  type BoardLinks,
  type CreatedBoard,
  type LinkKind,
} from '@sketchroom/board-access';

// The server's board API (types and paths in @sketchroom/board-access), same origin as the app.

export class BoardApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'BoardApiError';
  }
}

/** A new protected board. Throws BoardApiError when the server is unreachable or refuses. */
export async function createBoard(): Promise<CreatedBoard> {
  const response = await request(boardApiPaths.boards, { method: 'POST' });
  if (response.status !== 201) {
    // The server says why in plain words (rate limit, admin token needed, another site).
    const reason = await response
      .json()
      .then((body: unknown) => (body as { error?: unknown }).error)
      .catch(() => undefined);
    const message =
      typeof reason === 'string' ? reason : `board creation failed (${response.status})`;
    throw new BoardApiError(message, response.status);
  }
  const body: unknown = await response.json();
  if (!isCreatedBoard(body)) throw new BoardApiError('unexpected reply from the server', null);
  return body;
}

/**
 * The links our token allows us to share: 'denied' when the server no longer accepts the
 * token (or the board is closed to us), null when the server cannot be asked right now.
 */
export async function fetchLinks(
  roomId: string,
  token: string | null,
): Promise<BoardLinks | 'denied' | null> {
  try {
    const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
    const response = await request(boardApiPaths.links(roomId), { headers });
    if (response.status === 401 || response.status === 403) return 'denied';
    if (!response.ok) return null;
    return boardLinksOf(await response.json());
  } catch {
    return null;
  }
}

/**
 * Owner only: moves a link to a new token. Everyone holding the old one is disconnected and
 * the old link stops working. Returns the links as they are now.
 */
export async function rotateLink(
  roomId: string,
  ownerToken: string,
  link: LinkKind,
): Promise<BoardLinks> {
  const response = await request(boardApiPaths.rotate(roomId, link), {
    method: 'POST',
    headers: { authorization: `Bearer ${ownerToken}` },
  });
  if (!response.ok)
    throw new BoardApiError(`link reset failed (${response.status})`, response.status);
  const links = boardLinksOf(await response.json());
  if (!links) throw new BoardApiError('unexpected reply from the server', null);
  return links;
}

async function request(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, cache: 'no-store' });
  } catch (error) {
    throw new BoardApiError(`cannot reach the server: ${String(error)}`, null);
  }
}
