import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StaticHandler } from './static-files.ts';

export interface HealthReport {
  status: 'ok';
  rooms: number;
  connections: number;
}

export function handleHttp(
  request: IncomingMessage,
  response: ServerResponse,
  health: () => HealthReport,
  app: StaticHandler | null,
): void {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/healthz' && (request.method === 'GET' || request.method === 'HEAD')) {
    const body = JSON.stringify(health());
    response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }
  const notFound = () => {
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('not found\n');
  };
  if (app && (request.method === 'GET' || request.method === 'HEAD'))
    return app(request, response, notFound);
  notFound();
}
