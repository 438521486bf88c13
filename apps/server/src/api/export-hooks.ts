import type { ServerHooks } from '../hooks.ts';
import { handleExportApi, type ExportApi } from './export.ts';
import { sendError } from './json.ts';

/** Board exports (PDF, SVG, PNG) as a server hook. */
export function exportHooks(api: ExportApi): ServerHooks {
  return {
    async onRequest({ request, response, path }) {
      if (!path.startsWith('/api/boards/')) return false;
      try {
        return await handleExportApi(request, response, path, api);
      } catch (error) {
        if (error instanceof URIError) sendError(response, 400, 'bad board id');
        else {
          api.log.error({ err: error }, 'export failed');
          // A PDF already on its way cannot turn into an error: cut it short instead.
          if (response.headersSent) response.destroy();
          else sendError(response, 500, 'internal error');
        }
        return true;
      }
    },
  };
}
