import { handleAssetsApi, LIMITS_PATH } from '../api/assets.ts';
import type { AssetsApi } from '../api/assets-context.ts';
import { sendError } from '../api/json.ts';
import type { ServerHooks } from '../hooks.ts';
import { assetRenewalHooks } from './asset-renewal.ts';

/** Board images as a server hook: the upload, download and limits API; renewed ownership. */
export function assetHooks(api: AssetsApi): ServerHooks {
  return {
    ...assetRenewalHooks(api.assets, api.now, api.log),
    async onRequest({ request, response, path }) {
      if (!path.startsWith('/api/boards/') && path !== LIMITS_PATH) return false;
      try {
        return await handleAssetsApi(request, response, path, api);
      } catch (error) {
        if (error instanceof URIError) sendError(response, 400, 'bad board or image id');
        else {
          api.log.error({ err: error }, 'image request failed');
          if (!response.headersSent) sendError(response, 500, 'internal error');
          else response.destroy();
        }
        return true;
      }
    },
  };
}
