import type { IncomingMessage, ServerResponse } from 'node:http';
import { canWrite } from '@sketchroom/board-access';
import { clientAddress } from '../admission.ts';
import { isValidRoomName } from '../room-name.ts';
import { ASSET_ID } from '../storage/asset-rows.ts';
import type { AssetInfo } from '../storage/store.ts';
import type { AssetsApi } from './assets-context.ts';
import { uploadAsset } from './asset-upload.ts';
import { bearerToken } from './bearer.ts';
import { sendError, sendJson } from './json.ts';
import { refuseUpload } from './upload-body.ts';

const listPath = /^\/api\/boards\/([^/]+)\/assets$/;
const onePath = /^\/api\/boards\/([^/]+)\/assets\/([^/]+)$/;
export const LIMITS_PATH = '/api/assets/limits';

/**
 * GET  /api/assets/limits         → {"maxBytes","maxSide","keepOriginal"}: how far to downscale
 * POST /api/boards/:room/assets     → editors: the image bytes as the body → 201, its description
 * GET  /api/boards/:room/assets/:id → the bytes of an image the board owns (HEAD too)
 * The token comes as a bearer header or as `?token=` (an <img> cannot send headers).
 * Returns false when the path is not one of these.
 */
export async function handleAssetsApi(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  api: AssetsApi,
): Promise<boolean> {
  const method = request.method ?? 'GET';
  if (path === LIMITS_PATH) {
    if (method !== 'GET' && method !== 'HEAD') return (sendError(response, 405, 'GET only'), true);
    const { assetMaxBytes, assetMaxSide, assetKeepOriginal } = api.limits;
    sendJson(response, 200, {
      maxBytes: assetMaxBytes,
      maxSide: assetMaxSide,
      keepOriginal: assetKeepOriginal,
    });
    return true;
  }
  const one = onePath.exec(path);
  const match = one ?? listPath.exec(path);
  if (!match) return false;
  const allowed = one ? ['GET', 'HEAD'] : ['POST'];
  if (!allowed.includes(method)) return (sendError(response, 405, 'method not allowed'), true);
  const room = decodeURIComponent(match[1]!);
  if (!isValidRoomName(room)) return (sendError(response, 400, 'bad board id'), true);
  const grant = await api.access.authorize(room, tokenOf(request));
  // A refused upload's body is not read, and its connection closes soon (refuseUpload).
  const refuse = (status: number, error: string) =>
    one ? sendError(response, status, error) : refuseUpload(request, response, status, error);
  if (!grant) return (refuse(401, 'a valid token for this board is required'), true);
  if (!one) {
    if (!canWrite(grant.role)) return (refuse(403, 'viewers cannot add images'), true);
    await uploadAsset(request, response, room, api);
    return true;
  }
  const id = decodeURIComponent(match[2]!);
  const notFound = () => sendError(response, 404, 'no such image on this board');
  if (!ASSET_ID.test(id)) return (notFound(), true);
  const info = await api.assets.ownedAsset(room, id);
  if (!info) return (notFound(), true);
  // A HEAD, or a copy the client has already (304), reads no bytes and costs nothing.
  if (method === 'HEAD' || isCached(request, info))
    return (sendImage(request, response, info, null), true);
  const address = clientAddress(request, api.trustProxy);
  if (!api.downloads.charge(address, info.bytes)) {
    response.writeHead(429, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'retry-after': String(api.downloads.retryAfterSeconds(address)),
    });
    response.end(JSON.stringify({ error: 'too many image bytes asked for; try again shortly' }));
    return true;
  }
  const asset = await api.assets.readAsset(room, id);
  if (!asset) return (notFound(), true);
  sendImage(request, response, asset.info, asset.data);
  return true;
}

function tokenOf(request: IncomingMessage): string | null {
  const bearer = bearerToken(request);
  if (bearer) return bearer;
  return new URL(request.url ?? '/', 'http://request.invalid').searchParams.get('token');
}

const etagOf = (info: AssetInfo) => `"${info.id.slice('sha256:'.length)}"`;
const isCached = (request: IncomingMessage, info: AssetInfo) =>
  request.headers['if-none-match'] === etagOf(info);

/** The bytes never change under their id: cached for a year, never sniffed, never run. */
function sendImage(
  request: IncomingMessage,
  response: ServerResponse,
  info: AssetInfo,
  data: Uint8Array | null,
): void {
  const etag = etagOf(info);
  const headers = {
    'content-type': info.mimeType,
    'x-content-type-options': 'nosniff',
    'cache-control': 'private, max-age=31536000, immutable',
    'content-security-policy': "default-src 'none'; sandbox",
    etag,
  };
  if (isCached(request, info)) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, 'content-length': String(info.bytes) });
  response.end(data ?? undefined);
}
