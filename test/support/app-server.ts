import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  createServer,
  type ServerOptions,
  type SketchroomServer,
} from '../../apps/server/src/index.ts';
import { createLogger } from '../../apps/server/src/logger.ts';

// The one app-server starter for the browser tests and the canvas benchmarks: the real
// server on 127.0.0.1, port 0, a fresh data directory, serving a built web app.

/** What `pnpm build` writes; the browser tests run against it. */
export const builtAppDir = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface AppServer {
  /** `http://127.0.0.1:<port>`, serving the built app and the rooms. */
  readonly url: string;
  readonly server: SketchroomServer;
  close(): Promise<void>;
}

export interface AppServerOptions {
  /** The built app to serve (default: `dist/web`, as `pnpm build` leaves it). */
  staticDir?: string;
  /** Server settings other than the defaults, for tests of how the app meets them. */
  server?: ServerOptions;
  /** Prefix of the temporary data directory's name. */
  dataDirPrefix?: string;
}

/** Nothing is built here: tests exercise what ships, so a missing build is an error. */
export async function startAppServer(options: AppServerOptions = {}): Promise<AppServer> {
  const staticDir = options.staticDir ?? builtAppDir;
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`${staticDir}/index.html is missing: run \`pnpm build\` first`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), options.dataDirPrefix ?? 'sketchroom-app-'));
  const server = createServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir,
    logger: createLogger('silent'),
    ...options.server,
  });
  try {
    const address = await server.listen();
    let closed = false;
    return {
      url: `http://127.0.0.1:${address.port}`,
      server,
      async close() {
        if (closed) return;
        closed = true;
        await server.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface CreatedBoard {
  readonly roomId: string;
  readonly ownerToken: string;
  readonly editToken: string;
  readonly viewToken: string;
  /** Full board URLs carrying the edit and the view link tokens. */
  readonly editUrl: string;
  readonly viewUrl: string;
}

/** A protected board made through the server's API, as the New board button does. */
export async function createBoard(app: Pick<AppServer, 'url'>): Promise<CreatedBoard> {
  const response = await fetch(`${app.url}/api/boards`, { method: 'POST' });
  if (response.status !== 201) throw new Error(`board creation failed: ${response.status}`);
  const board = (await response.json()) as {
    roomId: string;
    ownerToken: string;
    links: { edit: string; view: string };
  };
  const url = (token: string) => `${app.url}/r/${board.roomId}?token=${token}`;
  return {
    roomId: board.roomId,
    ownerToken: board.ownerToken,
    editToken: board.links.edit,
    viewToken: board.links.view,
    editUrl: url(board.links.edit),
    viewUrl: url(board.links.view),
  };
}
