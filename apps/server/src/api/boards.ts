import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AccessControl } from '../access/access-control.ts';
import { LinkKind, Role } from '@sketchroom/board-access';
import type { Logger } from '../logger.ts';
import { isValidRoomName, roomForLog } from '../room-name.ts';
import { bearerToken } from './bearer.ts';
import type { BoardCreation } from './board-creation.ts';
import { sendError, sendJson } from './json.ts';

export interface BoardsApi {
  access: AccessControl;
  log: Logger;
  /** Closes the room's connections whose tokens the rotation revoked, on every instance. */
  revoke(room: string): Promise<void>;
  creation: BoardCreation;
}

const linksPath = /^\/api\/boards\/([^/]+)\/links$/;
const rotatePath = /^\/api\/boards\/([^/]+)\/links\/(edit|view)\/rotate$/;

/**
 * POST /api/boards                          → a new protected board with its owner token and links
 * GET  /api/boards/:room/links              → the links the bearer may share
 * POST /api/boards/:room/links/:link/rotate → owner only: a new link; the old one stops working
 * Returns false when the path is not one of these.
 */
export async function handleBoardsApi(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  api: BoardsApi,
): Promise<boolean> {
  if (path === '/api/boards') {
    if (request.method !== 'POST') return (methodNotAllowed(response), true);
    const refusal = api.creation.refusal(request);
    if (refusal) return (sendError(response, refusal.status, refusal.error), true);
    const board = await api.access.createBoard();
    api.log.info({ room: board.roomId }, 'board created');
    sendJson(response, 201, board);
    return true;
  }
  const links = linksPath.exec(path);
  const rotate = rotatePath.exec(path);
  const match = links ?? rotate;
  if (!match) return false;
  if (request.method !== (links ? 'GET' : 'POST')) return (methodNotAllowed(response), true);
  const room = decodeURIComponent(match[1]!);
  if (!isValidRoomName(room)) return (sendError(response, 400, 'bad board id'), true);
  const grant = await api.access.authorize(room, bearerToken(request));
  if (!grant) return (sendError(response, 401, 'a valid token for this board is required'), true);
  if (links) return (sendJson(response, 200, await api.access.links(room, grant)), true);

  if (grant.role !== Role.owner)
    return (sendError(response, 403, 'only the board owner can rotate links'), true);
  const link = match[2] === 'edit' ? LinkKind.edit : LinkKind.view;
  await api.access.rotate(room, link);
  await api.revoke(room);
  api.log.info({ room: roomForLog(room), link }, 'link rotated');
  sendJson(response, 200, await api.access.links(room, grant));
  return true;
}

function methodNotAllowed(response: ServerResponse): void {
  sendError(response, 405, 'method not allowed');
}
