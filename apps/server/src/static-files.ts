import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export type StaticHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;

/**
 * Serves the built web app. Hashed assets are cached for good; every other unknown path
 * under the app (`/`, `/r/<roomId>`) gets index.html so the client-side router takes over.
 */
export function createStaticHandler(dir: string): StaticHandler | null {
  if (!existsSync(dir)) return null;
  return sirv(dir, {
    single: true,
    etag: true,
    gzip: false,
    setHeaders(response, pathname) {
      if (pathname.startsWith('/assets/')) {
        response.setHeader('cache-control', 'public, max-age=31536000, immutable');
      } else {
        response.setHeader('cache-control', 'no-cache');
      }
    },
  });
}
