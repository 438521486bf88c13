import { existsSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import sirv from 'sirv';

export type StaticHandler = (
  request: IncomingMessage,
  response: ServerResponse,
  next: () => void,
) => void;

/**
 * The app may talk only to its own origin, over HTTP and WebSocket. Inline styles are allowed
 * because React and the canvas set element styles; scripts come only from the app's files.
 */
function contentSecurityPolicy(host: string | undefined): string {
  const sockets = host && /^[\w.:[\]-]+$/.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${sockets}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the built web app. Hashed assets are cached for good; every other unknown path
 * (`/`, `/r/<roomId>`) gets index.html so the client-side router takes over.
 */
export function createStaticHandler(dir: string): StaticHandler | null {
  if (!existsSync(dir)) return null;
  const files = sirv(dir, {
    single: true,
    etag: true,
    gzip: false,
    setHeaders(response, pathname) {
      const immutable = pathname.startsWith('/assets/');
      response.setHeader(
        'cache-control',
        immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  return (request, response, next) => {
    response.setHeader('content-security-policy', contentSecurityPolicy(request.headers.host));
    response.setHeader('x-content-type-options', 'nosniff');
    response.setHeader('referrer-policy', 'no-referrer');
    response.setHeader('x-frame-options', 'DENY');
    files(request, response, next);
  };
}
