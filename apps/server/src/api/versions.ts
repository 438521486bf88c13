import type { IncomingMessage, ServerResponse } from 'node:http';
import { canWrite, Role, type VersionSummary } from '@sketchroom/board-access';
import type { AccessControl, Grant } from '../access/access-control.ts';
import { clientAddress } from '../admission.ts';
import type { AddressBuckets } from '../limits/address-buckets.ts';
import type { Logger } from '../logger.ts';
import { isValidRoomName, roomForLog } from '../room-name.ts';
import type { VersionInfo, VersionStore } from '../storage/store.ts';
import type { BoardVersions } from '../versions/board-versions.ts';
import { bearerToken } from './bearer.ts';
import { sendError, sendJson } from './json.ts';
import { BodyError, readJsonBody } from './read-body.ts';

export interface VersionsApi {
  access: AccessControl;
  versions: BoardVersions;
  settings: VersionStore;
  /** Requests that cost a document (a name, a restore, a version not in the cache), per address. */
  costly: AddressBuckets;
  trustProxy: boolean;
  log: Logger;
}

const listPath = /^\/api\/boards\/([^/]+)\/versions$/;
const onePath = /^\/api\/boards\/([^/]+)\/versions\/([^/]+)$/;
const restorePath = /^\/api\/boards\/([^/]+)\/versions\/([^/]+)\/restore$/;
const versionId = /^[A-Za-z0-9_-]{1,64}$/;
export const MAX_NAME_LENGTH = 100;
const MAX_BODY_BYTES = 4096;

/** What a list shows of a version (the room and the state's size stay on the server). */
export const summaryOf = ({
  id,
  createdAt,
  kind,
  name,
  authors,
  shapes,
}: VersionInfo): VersionSummary => ({
  id,
  createdAt,
  kind,
  ...(name !== undefined && { name }),
  authors,
  shapes,
});

/**
 * GET   /api/boards/:room/versions              → the versions, newest first
 * POST  /api/boards/:room/versions              → editors: {"name"} → 201, a named version
 * PATCH /api/boards/:room/versions              → owner: {"historyForViewers": boolean}
 * GET   /api/boards/:room/versions/:id          → the board at that version, as board JSON
 * POST  /api/boards/:room/versions/:id/restore  → editors: the live board becomes that version
 * Returns false when the path is not one of these.
 */
export async function handleVersionsApi(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  api: VersionsApi,
): Promise<boolean> {
  const restore = restorePath.exec(path);
  const one = restore ? null : onePath.exec(path);
  const list = restore || one ? null : listPath.exec(path);
  const match = restore ?? one ?? list;
  if (!match) return false;
  const method = request.method ?? 'GET';
  const allowed = restore ? ['POST'] : one ? ['GET'] : ['GET', 'POST', 'PATCH'];
  if (!allowed.includes(method)) return (sendError(response, 405, 'method not allowed'), true);
  const room = decodeURIComponent(match[1]!);
  if (!isValidRoomName(room)) return (sendError(response, 400, 'bad board id'), true);
  const id = match[2] === undefined ? null : decodeURIComponent(match[2]);
  if (id !== null && !versionId.test(id)) return (sendError(response, 400, 'bad version id'), true);
  const grant = await api.access.authorize(room, bearerToken(request));
  if (!grant) return (sendError(response, 401, 'a valid token for this board is required'), true);
  const refusal = await refusalFor(api, room, grant, method);
  if (refusal) return (sendError(response, 403, refusal), true);
  const costly = () => api.costly.take(clientAddress(request, api.trustProxy));
  const tooMany = () => sendError(response, 429, 'too many version requests; try again later');

  try {
    if (list && method === 'GET') {
      const versions = (await api.versions.list(room)).map(summaryOf);
      const historyForViewers = await api.settings.historyForViewers(room);
      return (sendJson(response, 200, { versions, historyForViewers }), true);
    }
    if (list && method === 'PATCH') {
      const body = await readJsonBody(request, MAX_BODY_BYTES);
      const value = (body as { historyForViewers?: unknown } | null)?.historyForViewers;
      if (typeof value !== 'boolean')
        return (sendError(response, 400, 'expected {"historyForViewers": true|false}'), true);
      await api.settings.setHistoryForViewers(room, value);
      return (sendJson(response, 200, { historyForViewers: value }), true);
    }
    if (list) {
      const name = nameOf(await readJsonBody(request, MAX_BODY_BYTES));
      if (name === null)
        return (sendError(response, 400, `name must be 1 to ${MAX_NAME_LENGTH} characters`), true);
      if (!costly()) return (tooMany(), true);
      const version = await api.versions.name(room, name);
      api.log.info({ room: roomForLog(room), version: version.id }, 'version named');
      return (sendJson(response, 201, summaryOf(version)), true);
    }
    if (one) {
      const cached = api.versions.cachedExport(room, id!);
      if (cached !== undefined) return (sendText(response, cached), true);
      if (!costly()) return (tooMany(), true);
      const text = await api.versions.buildExport(room, id!);
      if (text === null) return (sendError(response, 404, 'no such version'), true);
      return (sendText(response, text), true);
    }
    if (!costly()) return (tooMany(), true);
    const restored = await api.versions.restore(room, id!);
    if (!restored) return (sendError(response, 404, 'no such version'), true);
    api.log.info({ room: roomForLog(room), version: id }, 'version restored');
    sendJson(response, 200, {
      version: summaryOf(restored.version),
      protective: summaryOf(restored.protective),
    });
    return true;
  } catch (error) {
    if (!(error instanceof BodyError)) throw error;
    sendError(response, error.status, error.message);
    return true;
  }
}

/** Why this grant may not do this, or null. */
async function refusalFor(
  api: VersionsApi,
  room: string,
  grant: Grant,
  method: string,
): Promise<string | null> {
  if (method === 'PATCH')
    return grant.role === Role.owner ? null : 'only the board owner can change this setting';
  if (method === 'POST') return canWrite(grant.role) ? null : 'viewers cannot change history';
  if (grant.role !== Role.viewer || (await api.settings.historyForViewers(room))) return null;
  return "the owner has hidden this board's history from viewers";
}

/** A version name: a string of 1 to 100 characters after trimming, with no control characters. */
function nameOf(body: unknown): string | null {
  const raw = (body as { name?: unknown } | null)?.name;
  if (typeof raw !== 'string') return null;
  const name = raw.trim();
  // eslint-disable-next-line no-control-regex
  if (name.length === 0 || name.length > MAX_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(name))
    return null;
  return name;
}

function sendText(response: ServerResponse, json: string): void {
  response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  response.end(json);
}
