import { handleBoardsApi, type BoardsApi } from '../api/boards.ts';
import { sendError } from '../api/json.ts';
import type { ServerHooks } from '../hooks.ts';

/** Access control as server hooks: signed links at the upgrade, and the boards API. */
export function accessHooks(api: BoardsApi): ServerHooks {
  return {
    onAuthenticate: ({ room, token }) => api.access.authorize(room, token),
    async onRequest({ request, response, path }) {
      if (!path.startsWith('/api/boards')) return false;
      try {
        return await handleBoardsApi(request, response, path, api);
      } catch (error) {
        if (error instanceof URIError) sendError(response, 400, 'bad board id');
        else {
          api.log.error({ err: error }, 'api request failed');
          sendError(response, 500, 'internal error');
        }
        return true;
      }
    },
  };
}
