import { createHash } from 'node:crypto';

/** Control characters (NUL included) have no place in a room name; PostgreSQL cannot even store NUL. */
// eslint-disable-next-line no-control-regex -- finding them is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/;
/** A signed token (JWT) pasted into the path instead of the query string. */
const tokenLike = /eyJ[\w-]{8,}\.[\w-]+\./;

/** R1: the room is the URL path. Null when the path is no valid room name (answer 400). */
export function roomFromPath(path: string): string | null {
  let room: string;
  try {
    room = decodeURIComponent(path.slice(1));
  } catch {
    return null;
  }
  return isValidRoomName(room) ? room : null;
}

export function isValidRoomName(room: string): boolean {
  return room.length > 0 && room.length <= 256 && !controlCharacters.test(room);
}

/**
 * The room name as logs show it. Names are chosen by whoever opens the socket, so one that
 * looks like a token, or is long, is logged as a short hash: tokens stay out of the logs.
 */
export function roomForLog(room: string): string {
  if (room.length <= 64 && !tokenLike.test(room)) return room;
  return `#${createHash('sha256').update(room).digest('hex').slice(0, 12)}`;
}
