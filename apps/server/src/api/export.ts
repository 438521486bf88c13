import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Theme } from '@sketchroom/board-render';
import type { AccessControl } from '../access/access-control.ts';
import { clientAddress } from '../admission.ts';
import type { AddressBuckets } from '../limits/address-buckets.ts';
import type { Logger } from '../logger.ts';
import type { RoomRegistry } from '../room-registry.ts';
import { isValidRoomName } from '../room-name.ts';
import type { AssetStore } from '../storage/store.ts';
import { bearerToken } from './bearer.ts';
import { boardImages, snapshotBoard } from './export-board.ts';
import {
  hasContent,
  renderPdf,
  renderPng,
  renderSvgParts,
  streamSvg,
  type ExportInput,
} from './export-render.ts';
import { sendError } from './json.ts';

export interface ExportApi {
  access: AccessControl;
  rooms: () => RoomRegistry;
  assets: AssetStore;
  /** Exports per client address. */
  requests: AddressBuckets;
  maxShapes: number;
  trustProxy: boolean;
  log: Logger;
}

/** Exports painted at once by this server; more wait for none and get 503 (each can take ~100 MB). */
export const MAX_EXPORTS_AT_ONCE = 2;
let running = 0;

const exportPath = /^\/api\/boards\/([^/]+)\/export\.(pdf|svg|png)$/;
const TYPES = { pdf: 'application/pdf', svg: 'image/svg+xml', png: 'image/png' } as const;
type Format = keyof typeof TYPES;

/**
 * GET /api/boards/:room/export.pdf | .svg | .png → the whole board, drawn by board-render as
 * the app draws it. Any member's token (viewers too), as a bearer header or `?token=`;
 * `?theme=dark`; `?frame=` and `?page=` name nothing yet (boards have no frames and one
 * unnamed page), so they answer 404. Returns false when the path is not one of these.
 */
export async function handleExportApi(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  api: ExportApi,
): Promise<boolean> {
  const match = exportPath.exec(path);
  if (!match) return false;
  if (request.method !== 'GET') return (sendError(response, 405, 'GET only'), true);
  const room = decodeURIComponent(match[1]!);
  const format = match[2] as Format;
  if (!isValidRoomName(room)) return (sendError(response, 400, 'bad board id'), true);
  const query = new URL(request.url ?? '/', 'http://request.invalid').searchParams;
  const grant = await api.access.authorize(room, bearerToken(request) ?? query.get('token'));
  if (!grant) return (sendError(response, 401, 'a valid token for this board is required'), true);
  const theme = query.get('theme') ?? 'light';
  if (theme !== 'light' && theme !== 'dark')
    return (sendError(response, 400, 'theme must be light or dark'), true);
  const missing = missingPart(query);
  if (missing) return (sendError(response, 404, missing), true);
  const address = clientAddress(request, api.trustProxy);
  if (!api.requests.take(address)) {
    response.writeHead(429, {
      'content-type': 'application/json',
      'cache-control': 'no-store',
      'retry-after': String(api.requests.retryAfterSeconds(address)),
    });
    response.end(JSON.stringify({ error: 'too many exports; try again later' }));
    return true;
  }
  if (running >= MAX_EXPORTS_AT_ONCE) {
    response.writeHead(503, { 'content-type': 'application/json', 'retry-after': '5' });
    response.end(JSON.stringify({ error: 'the server is busy exporting; try again shortly' }));
    return true;
  }
  running++;
  try {
    await exportBoard(response, room, format, theme, api);
  } finally {
    running--;
  }
  return true;
}

/** Why `?frame=` or `?page=` names nothing on today's boards, or null when neither is given. */
function missingPart(query: URLSearchParams): string | null {
  const frame = query.get('frame');
  if (frame !== null) return `no frame named "${frame}": this board has no frames`;
  const page = query.get('page');
  if (page !== null) return `no page named "${page}": this board has one page, which has no name`;
  return null;
}

async function exportBoard(
  response: ServerResponse,
  room: string,
  format: Format,
  theme: Theme,
  api: ExportApi,
): Promise<void> {
  const board = await snapshotBoard(api.rooms(), room);
  if (board.shapes.length > api.maxShapes)
    return sendError(response, 413, `boards of over ${api.maxShapes} shapes are not exported`);
  if (!hasContent(board.shapes)) return sendError(response, 404, 'the board is empty');
  const images = await boardImages(api.assets, room, board.shapes);
  const input: ExportInput = { shapes: board.shapes, theme, images };
  const headers = {
    'content-type': TYPES[format],
    'content-disposition': contentDisposition(board.title, format),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    // An SVG opened from here runs nothing: it is a picture, not a page.
    'content-security-policy':
      "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; sandbox",
  };
  if (format === 'pdf') {
    response.writeHead(200, headers);
    await renderPdf(input, response);
    return;
  }
  if (format === 'svg') {
    const parts = renderSvgParts(input);
    if (!parts) return sendError(response, 404, 'the board is empty');
    response.writeHead(200, headers);
    await streamSvg(parts, response);
    return;
  }
  const body = await renderPng(input);
  if (!body) return sendError(response, 404, 'the board is empty');
  response.writeHead(200, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  response.end(body);
}

/** `attachment` named after the board, as the app names its downloads. */
export function contentDisposition(title: string, extension: string): string {
  const safe =
    title
      .trim()
      .replace(/[^\p{L}\p{N}._ -]+/gu, '')
      .slice(0, 60)
      .trim() || 'sketchroom';
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}.${extension}"; filename*=UTF-8''${encodeURIComponent(`${safe}.${extension}`)}`;
}
