import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError, sendJson } from './api/json.ts';
import type { HealthReport } from './health.ts';
import type { Hooks } from './hooks.ts';
import type { StaticHandler } from './static-files.ts';

export interface HttpContext {
  health(): Promise<HealthReport>;
  hooks: Hooks;
  app: StaticHandler | null;
}

/** /healthz, then the request hooks (boards API, metrics, …), then the built app. */
export async function handleHttp(
  request: IncomingMessage,
  response: ServerResponse,
  context: HttpContext,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0]!;
  const isRead = request.method === 'GET' || request.method === 'HEAD';
  if (path === '/healthz' && isRead) {
    const report = await context.health();
    return sendJson(response, report.status === 'ok' ? 200 : 503, report);
  }
  if (await context.hooks.request({ request, response, path })) return;
  if (path.startsWith('/api/')) return sendError(response, 404, 'not found');
  const notFound = () => {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found\n');
  };
  if (context.app && isRead) return context.app(request, response, notFound);
  notFound();
}
