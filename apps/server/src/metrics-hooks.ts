import { hasBearer } from './api/bearer.ts';
import { sendError } from './api/json.ts';
import type { ServerHooks } from './hooks.ts';
import type { Metrics } from './metrics.ts';

/** Prometheus metrics as server hooks: counts of the room life cycle, and GET /metrics. */
export function metricsHooks(metrics: Metrics, token: string | undefined): ServerHooks {
  return {
    onLoadRoom: ({ loaded }) => {
      loaded.then(
        () => metrics.roomLoads.inc({ result: 'ok' }),
        () => metrics.roomLoads.inc({ result: 'failed' }),
      );
    },
    onStored: ({ update }) => {
      metrics.updatesStored.inc();
      metrics.bytesStored.inc(update.byteLength);
    },
    onUnload: () => void metrics.roomUnloads.inc(),
    async onRequest({ request, response, path }) {
      if (path !== '/metrics' || (request.method !== 'GET' && request.method !== 'HEAD'))
        return false;
      if (token && !hasBearer(request, token)) {
        sendError(response, 401, 'a metrics token is required');
        return true;
      }
      response.writeHead(200, { 'content-type': metrics.registry.contentType });
      response.end(await metrics.registry.metrics());
      return true;
    },
  };
}
