import { handleVersionsApi, type VersionsApi } from '../api/versions.ts';
import { sendError } from '../api/json.ts';
import type { ServerHooks } from '../hooks.ts';
import type { VersionHistory } from './version-history.ts';

/** Version history as server hooks: tracking edits, protective versions, unload versions, the API. */
export function historyHooks(history: VersionHistory, api: VersionsApi): ServerHooks {
  return {
    onLoadRoom: ({ room }) => history.roomLoaded(room),
    onBeforeApply: (payload) => history.beforeApply(payload),
    onChange: (payload) => history.changed(payload),
    onUnload: ({ room }) => history.roomUnloading(room),
    async onRequest({ request, response, path }) {
      if (!path.startsWith('/api/boards/')) return false;
      try {
        return await handleVersionsApi(request, response, path, api);
      } catch (error) {
        if (error instanceof URIError) sendError(response, 400, 'bad board or version id');
        else {
          api.log.error({ err: error }, 'versions request failed');
          sendError(response, 500, 'internal error');
        }
        return true;
      }
    },
  };
}
