/** The server's board API (apps/server/src/api/boards.ts), same origin as the app. */

export interface CreatedBoard {
  roomId: string;
  ownerToken: string;
  links: { edit: string; view: string };
}

/** Link tokens the bearer may hand on: editors get both, viewers only `view`. */
export interface BoardLinks {
  edit?: string;
  view?: string;
}

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
  const response = await request('/api/boards', { method: 'POST' });
  if (response.status !== 201) {
    throw new BoardApiError(`board creation failed (${response.status})`, response.status);
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
    const response = await request(`/api/boards/${encodeURIComponent(roomId)}/links`, {
      headers,
    });
    if (response.status === 401 || response.status === 403) return 'denied';
    if (!response.ok) return null;
    const body: unknown = await response.json();
    if (typeof body !== 'object' || body === null) return null;
    const { edit, view } = body as Record<string, unknown>;
    return {
      ...(typeof edit === 'string' && { edit }),
      ...(typeof view === 'string' && { view }),
    };
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
  link: 'edit' | 'view',
): Promise<BoardLinks> {
  const path = `/api/boards/${encodeURIComponent(roomId)}/links/${link}/rotate`;
  const response = await request(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${ownerToken}` },
  });
  if (!response.ok)
    throw new BoardApiError(`link reset failed (${response.status})`, response.status);
  const { edit, view } = (await response.json()) as Record<string, unknown>;
  return {
    ...(typeof edit === 'string' && { edit }),
    ...(typeof view === 'string' && { view }),
  };
}

async function request(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, { ...init, cache: 'no-store' });
  } catch (error) {
    throw new BoardApiError(`cannot reach the server: ${String(error)}`, null);
  }
}

function isCreatedBoard(body: unknown): body is CreatedBoard {
  if (typeof body !== 'object' || body === null) return false;
  const { roomId, ownerToken, links } = body as Record<string, unknown>;
  if (typeof roomId !== 'string' || typeof ownerToken !== 'string') return false;
  if (typeof links !== 'object' || links === null) return false;
  const { edit, view } = links as Record<string, unknown>;
  return typeof edit === 'string' && typeof view === 'string';
}
