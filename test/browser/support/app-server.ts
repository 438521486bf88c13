import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer, type SketchroomServer } from '../../../apps/server/src/index.ts';
import { createLogger } from '../../../apps/server/src/logger.ts';

export const builtAppDir = fileURLToPath(new URL('../../../dist/web', import.meta.url));

export interface AppServer {
  /** `http://127.0.0.1:<port>`, serving the built app and the rooms. */
  readonly url: string;
  readonly server: SketchroomServer;
  close(): Promise<void>;
}

/**
 * The real server on port 0 with a fresh data directory, serving the app as built by
 * `pnpm build`. Browser tests exercise what ships, so nothing is built here.
 */
export async function startAppServer(): Promise<AppServer> {
  if (!existsSync(join(builtAppDir, 'index.html'))) {
    throw new Error(`${builtAppDir}/index.html is missing: run \`pnpm build\` first`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'sketchroom-browser-'));
  const server = createServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir: builtAppDir,
    logger: createLogger('silent'),
  });
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
}

export interface CreatedBoard {
  readonly roomId: string;
  readonly ownerToken: string;
  /** Full board URLs carrying the edit and the view link tokens. */
  readonly editUrl: string;
  readonly viewUrl: string;
}

/** A protected board made through the server's API, as the New board button does. */
export async function createBoard(app: AppServer): Promise<CreatedBoard> {
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
    editUrl: url(board.links.edit),
    viewUrl: url(board.links.view),
  };
}

export async function withAppServer<T>(run: (app: AppServer) => Promise<T>): Promise<T> {
  const app = await startAppServer();
  try {
    return await run(app);
  } finally {
    await app.close();
  }
}
