import type { IncomingMessage, ServerResponse } from 'node:http';
import { hasBearer } from './api/bearer.ts';
import { handleBoardsApi, type BoardsApi } from './api/boards.ts';
import { sendError, sendJson } from './api/json.ts';
import type { Registry } from 'prom-client';
import type { HealthReport } from './health.ts';
import type { StaticHandler } from './static-files.ts';

export interface HttpContext {
  health(): Promise<HealthReport>;
  metrics: Registry;
  /** When set, /metrics answers only requests bearing it. */
  metricsToken?: string;
  app: StaticHandler | null;
  api: BoardsApi;
}

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
  if (path === '/metrics' && isRead) {
    if (context.metricsToken && !hasBearer(request, context.metricsToken))
      return sendError(response, 401, 'a metrics token is required');
    response.writeHead(200, { 'content-type': context.metrics.contentType });
    return void response.end(await context.metrics.metrics());
  }
  if (path.startsWith('/api/')) {
    try {
      if (await handleBoardsApi(request, response, path, context.api)) return;
    } catch (error) {
      if (error instanceof URIError) return sendError(response, 400, 'bad board id');
      context.api.log.error({ err: error }, 'api request failed');
      return sendError(response, 500, 'internal error');
    }
    return sendError(response, 404, 'not found');
  }
  const notFound = () => {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found\n');
  };
  if (context.app && isRead) return context.app(request, response, notFound);
  notFound();
}
