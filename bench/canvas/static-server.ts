import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
};

export interface StaticServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Resolves a URL path inside `root`, or null for anything that would leave it. */
function resolveInside(root: string, urlPath: string): string | null {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

/**
 * Serves the built Excalidraw page on 127.0.0.1, with `mounts` mapping URL prefixes
 * (such as `/fonts/`) to other folders.
 */
export async function startStaticServer(
  root: string,
  mounts: Record<string, string> = {},
): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const mount = Object.keys(mounts).find((prefix) => urlPath.startsWith(prefix));
    const base = mount ? (mounts[mount] as string) : root;
    const relative = mount ? urlPath.slice(mount.length) : urlPath;
    let path = resolveInside(base, relative);
    if (path && existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!path || !existsSync(path)) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
    });
    createReadStream(path).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
