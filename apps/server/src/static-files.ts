import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname } from 'node:path';
import send from 'send';
import type { Logger } from './logger.ts';

export type StaticHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;

/**
 * The app may talk only to its own origin, over HTTP and WebSocket ('self' covers ws: and wss:
 * on the same host; the Host header is never copied into the policy). Inline styles are allowed
 * because React and the canvas set element styles; scripts come only from the app's files.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Serves the built web app with `send` (the file server under Express's static middleware),
 * which looks each file up per request and reports a file that vanished as an error on that
 * request: a redeploy that rebuilds the folder in place cannot take the server down. Hashed
 * assets are cached for good; a path without an extension (`/`, `/r/<roomId>`) gets index.html
 * so the client-side router takes over. Source maps are not served.
 */
export function createStaticHandler(dir: string, log: Logger): StaticHandler | null {
  if (!existsSync(dir)) return null;
  return (request, response, next) => {
    response.setHeader('content-security-policy', contentSecurityPolicy);
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'no-referrer');
    response.setHeader('x-frame-options', 'DENY');
    const pathname = (request.url ?? '/').split('?')[0]!;
    const path = decodedPath(pathname);
    if (path === null || path.endsWith('.map')) return next();
    const isPage = extname(path) === '';
    // send decodes the path itself, so it gets the path as it came.
    serve(request, response, isPage ? '/index.html' : pathname, dir, log, next);
  };
}

function serve(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  root: string,
  log: Logger,
  notFound: () => void,
): void {
  send(request, path, { root, dotfiles: 'ignore', index: false, cacheControl: false })
    .on('headers', (res: ServerResponse, file: string) => {
      const immutable = path.startsWith('/assets/') && !file.endsWith('.html');
      res.setHeader(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    })
    .on('error', (error: Error & { status?: number }) => {
      if (response.headersSent) return void response.destroy();
      if (error.status === 404) return notFound();
      log.warn({ err: error }, 'static file failed');
      response.writeHead(error.status ?? 500, { 'content-type': 'text/plain' });
      response.end('could not read the file\n');
    })
    .pipe(response);
}

function decodedPath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}
