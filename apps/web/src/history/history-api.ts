import {
  boardApiPaths,
  type RestoredVersion,
  type VersionList,
  type VersionSummary,
} from '@sketchroom/board-access';
import { parseBoardJson, type Shape } from '@sketchroom/board-model';

/** A refused or failed history request, with a sentence to show. */
export class HistoryError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = 'HistoryError';
  }
}

/** The board and the token its history is asked with (a link or owner token). */
export interface HistoryAccess {
  roomId: string;
  token: string | null;
}

export function messageForStatus(status: number | null): string {
  if (status === null) return 'Cannot reach the server. Try again in a moment.';
  if (status === 401) return 'Your link is no longer valid, so history is not available.';
  if (status === 403) return 'Your link does not allow this.';
  if (status === 404) return 'That version no longer exists.';
  if (status === 429) return 'Too many requests. Wait a little and try again.';
  return `The server could not do this (${status}).`;
}

export async function listVersions(access: HistoryAccess): Promise<VersionList> {
  const body = await call(access, boardApiPaths.versions(access.roomId), 'GET', 200);
  const { versions, historyForViewers } = (body ?? {}) as Partial<VersionList>;
  if (!Array.isArray(versions)) throw new HistoryError('Unexpected reply from the server.', null);
  return { versions: versions.filter(isSummary), historyForViewers: historyForViewers === true };
}

/** The shapes of one version (invalid entries dropped, as an import drops them). */
export async function versionShapes(access: HistoryAccess, id: string): Promise<Shape[]> {
  const body = await call(access, boardApiPaths.version(access.roomId, id), 'GET', 200);
  const parsed = parseBoardJson(body);
  if (!parsed.ok) throw new HistoryError('This version could not be read.', null);
  return parsed.shapes;
}

export async function saveVersion(access: HistoryAccess, name: string): Promise<VersionSummary> {
  const body = await call(access, boardApiPaths.versions(access.roomId), 'POST', 201, { name });
  if (!isSummary(body)) throw new HistoryError('Unexpected reply from the server.', null);
  return body;
}

export async function restoreVersion(access: HistoryAccess, id: string): Promise<RestoredVersion> {
  const body = await call(access, boardApiPaths.restore(access.roomId, id), 'POST', 200);
  const { version, protective } = (body ?? {}) as Partial<RestoredVersion>;
  if (!isSummary(version) || !isSummary(protective))
    throw new HistoryError('Unexpected reply from the server.', null);
  return { version, protective };
}

async function call(
  access: HistoryAccess,
  path: string,
  method: 'GET' | 'POST',
  expected: number,
  payload?: unknown,
): Promise<unknown> {
  const headers: Record<string, string> = {};
  if (access.token) headers.authorization = `Bearer ${access.token}`;
  if (payload !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      cache: 'no-store',
      ...(payload !== undefined && { body: JSON.stringify(payload) }),
    });
  } catch {
    throw new HistoryError(messageForStatus(null), null);
  }
  if (response.status !== expected)
    throw new HistoryError(messageForStatus(response.status), response.status);
  return response.json().catch(() => null);
}

function isSummary(value: unknown): value is VersionSummary {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    typeof v.createdAt === 'number' &&
    typeof v.kind === 'string' &&
    ['auto', 'named', 'protective', 'restore'].includes(v.kind) &&
    (v.name === undefined || typeof v.name === 'string') &&
    Array.isArray(v.authors) &&
    v.authors.every(isAuthor) &&
    typeof v.shapes === 'number'
  );
}

function isAuthor(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const { name, color } = value as Record<string, unknown>;
  return typeof name === 'string' && typeof color === 'string';
}
