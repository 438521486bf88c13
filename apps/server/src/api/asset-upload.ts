import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress } from '../admission.ts';
import { checkImage, SVG_REFUSED } from '../assets/image-check.ts';
import { roomForLog } from '../room-name.ts';
import type { AssetInfo } from '../storage/store.ts';
import type { AssetsApi } from './assets-context.ts';
import { sendJson } from './json.ts';
import { BodyError } from './read-body.ts';
import { readUploadBody, refuseUpload, UploadAborted } from './upload-body.ts';

/** No side longer than this, whatever the settings: browsers decode the whole bitmap. */
export const HARD_MAX_SIDE = 16_384;
/** Nor more pixels than this (a 100 MP bitmap is 400 MB of memory in every browser). */
export const HARD_MAX_PIXELS = 100_000_000;

/** POST /api/boards/:room/assets, for a board whose grant may write. */
export async function uploadAsset(
  request: IncomingMessage,
  response: ServerResponse,
  room: string,
  api: AssetsApi,
): Promise<void> {
  const refuse = (status: number, error: string) => refuseUpload(request, response, status, error);
  const { limits } = api;
  if (!api.uploads.take(clientAddress(request, api.trustProxy))) {
    // One upload's worth of the bucket refills in this many seconds.
    const retryAfter = String(Math.ceil(60 / limits.assetUploadsPerMinute));
    return refuseUpload(request, response, 429, 'too many image uploads; try again shortly', {
      'retry-after': retryAfter,
    });
  }
  const declared = declaredType(request);
  if (declared === 'image/svg+xml') return refuse(415, SVG_REFUSED);
  if (declared !== null)
    return refuse(
      415,
      `a body declared ${declared} is not accepted: send the image bytes as the body, as image/* or application/octet-stream`,
    );
  let data: Buffer;
  try {
    data = await readUploadBody(request, limits.assetMaxBytes, limits.assetUploadTimeoutMs);
  } catch (error) {
    if (error instanceof UploadAborted) return;
    if (error instanceof BodyError) return refuse(error.status, error.message);
    throw error;
  }
  const checked = checkImage(data);
  if (!checked.ok) return refuse(415, checked.error);
  const { width, height, mimeType } = checked.image;
  if (Math.max(width, height) > HARD_MAX_SIDE || width * height > HARD_MAX_PIXELS)
    return refuse(
      413,
      `the image is ${width}×${height} px; at most ${HARD_MAX_SIDE} px a side and ` +
        `${HARD_MAX_PIXELS / 1_000_000} megapixels are accepted: downscale it`,
    );
  if (!limits.assetKeepOriginal && Math.max(width, height) > limits.assetMaxSide)
    return refuse(
      413,
      `the image is ${width}×${height} px; downscale it to at most ${limits.assetMaxSide} px a side`,
    );
  const id = `sha256:${createHash('sha256').update(data).digest('hex')}`;
  const info: AssetInfo = { id, mimeType, width, height, bytes: data.byteLength };
  const refused = await api.assets.putAsset(room, info, data, api.now(), {
    maxCount: limits.assetMaxPerBoard,
    maxBytes: limits.assetMaxBoardBytes,
  });
  if (refused?.over === 'count')
    return refuse(
      413,
      `this board already has ${refused.usage.count} images, the most it may have`,
    );
  if (refused?.over === 'bytes')
    return refuse(413, `this board's images would pass ${limits.assetMaxBoardBytes} bytes`);
  api.log.info({ room: roomForLog(room), asset: id, bytes: data.byteLength }, 'image uploaded');
  sendJson(response, 201, info);
}

/**
 * A declared Content-Type that says the body is a document or script (HTML, SVG, XML, text,
 * JSON, JavaScript), or null. The bytes decide what an image is; a declaration can only
 * refuse, never make something an image. Declarations that say nothing of the content (none,
 * octet-stream, the form encoding `curl --data-binary` sends) leave it to the bytes.
 */
function declaredType(request: IncomingMessage): string | null {
  const raw = request.headers['content-type'];
  if (raw === undefined) return null;
  const type = raw.split(';')[0]!.trim().toLowerCase();
  const active =
    type.startsWith('text/') ||
    /html|xml|svg|json|javascript|ecmascript/.test(type) ||
    type.startsWith('multipart/');
  return active ? type.slice(0, 100) : null;
}
