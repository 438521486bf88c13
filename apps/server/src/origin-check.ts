import type { IncomingMessage } from 'node:http';

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * R7. A request without an Origin header comes from a non-browser client and is allowed:
 * the check exists to stop other web pages from opening sockets with a visitor's browser.
 */
export function isOriginAllowed(
  request: IncomingMessage,
  allowedOrigins: readonly string[],
): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  if (allowedOrigins.length > 0) return allowedOrigins.includes(origin);
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.host === request.headers.host) return true;
  return localHosts.has(url.hostname);
}
