import { ImageMime } from './image-header.ts';

// The server's asset API, same origin as the app: upload, download, and the limits.

/** The board, and the token asked with (a link or owner token; null for an open room). */
export interface AssetAccess {
  roomId: string;
  token: string | null;
}

export interface AssetLimits {
  maxBytes: number;
  maxSide: number;
  keepOriginal: boolean;
}

/** What the server assumes when nothing is configured; used while it cannot be asked. */
export const DEFAULT_LIMITS: AssetLimits = {
  maxBytes: 10 * 1024 * 1024,
  maxSide: 4096,
  keepOriginal: false,
};

export const assetPaths = {
  upload: (roomId: string) => `/api/boards/${encodeURIComponent(roomId)}/assets`,
  file: (roomId: string, id: string) =>
    `/api/boards/${encodeURIComponent(roomId)}/assets/${encodeURIComponent(id)}`,
  limits: '/api/assets/limits',
};

/** The server's answer to an upload: 201, a refusal by status, or null when unreachable. */
export type UploadResult =
  { ok: true; id: string } | { ok: false; status: number | null; retryAfterMs: number | null };

export async function uploadAsset(access: AssetAccess, blob: Blob): Promise<UploadResult> {
  let response: Response;
  try {
    response = await fetch(assetPaths.upload(access.roomId), {
      method: 'POST',
      headers: {
        ...authorization(access),
        'content-type': blob.type || 'application/octet-stream',
      },
      body: blob,
    });
  } catch {
    return { ok: false, status: null, retryAfterMs: null };
  }
  if (response.status === 201) {
    const body = (await response.json().catch(() => null)) as { id?: unknown } | null;
    if (typeof body?.id === 'string') return { ok: true, id: body.id };
    return { ok: false, status: 502, retryAfterMs: null };
  }
  await response.body?.cancel().catch(() => undefined);
  const seconds = Number(response.headers.get('retry-after'));
  const retryAfterMs =
    Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds, 600) * 1000 : null;
  return { ok: false, status: response.status, retryAfterMs };
}

/** The file, or the status that kept it back (null: the server could not be reached). */
export async function downloadAsset(
  access: AssetAccess,
  id: string,
  signal?: AbortSignal,
): Promise<Blob | number | null> {
  try {
    const response = await fetch(assetPaths.file(access.roomId, id), {
      headers: authorization(access),
      signal,
    });
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return response.status;
    }
    return await response.blob();
  } catch (error) {
    if (signal?.aborted) throw error;
    return null;
  }
}

/** The server's limits, or the defaults when it cannot say (offline, an older server). */
export async function fetchLimits(): Promise<AssetLimits> {
  try {
    const response = await fetch(assetPaths.limits, { cache: 'no-store' });
    if (!response.ok) return DEFAULT_LIMITS;
    const body = (await response.json()) as Partial<Record<keyof AssetLimits, unknown>>;
    return {
      maxBytes: positive(body.maxBytes) ?? DEFAULT_LIMITS.maxBytes,
      maxSide: positive(body.maxSide) ?? DEFAULT_LIMITS.maxSide,
      keepOriginal: body.keepOriginal === true,
    };
  } catch {
    return DEFAULT_LIMITS;
  }
}

/** A sentence for a refused upload. */
export function refusalMessage(status: number | null, name: string): string {
  if (status === 413) return `${name} was refused: too large, or the board holds too many images.`;
  if (status === 415) return `${name} is not an image Sketchroom can show (${formatList()}).`;
  if (status === 429) return `Too many images uploaded too fast: ${name} was not added.`;
  if (status === 401 || status === 403) return `Your link does not allow adding images.`;
  return `${name} could not be uploaded (${status ?? 'no connection'}).`;
}

export function formatList(): string {
  return Object.keys(ImageMime)
    .map((key) => key.toUpperCase())
    .join(', ');
}

function authorization(access: AssetAccess): Record<string, string> {
  return access.token ? { authorization: `Bearer ${access.token}` } : {};
}

function positive(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}
