import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createServer } from '../../apps/server/src/index.ts';
import { createLogger } from '../../apps/server/src/logger.ts';
import type { Shape } from '../../packages/board-model/src/index.ts';
import { BoardDoc } from '../../packages/board-yjs/src/index.ts';
import { distDirs } from './build.ts';

export interface AppServer {
  readonly url: string;
  close(): Promise<void>;
}

/** The real server on 127.0.0.1 with its default limits, serving the bench's build of the app. */
export async function startAppServer(): Promise<AppServer> {
  const dataDir = await mkdtemp(join(tmpdir(), 'sketchroom-bench-'));
  const server = createServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    staticDir: distDirs.app,
    logger: createLogger('silent'),
  });
  try {
    const address = await server.listen();
    return {
      url: `http://127.0.0.1:${address.port}`,
      async close() {
        await server.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}

export interface Board {
  readonly roomId: string;
  readonly editToken: string;
  readonly editUrl: string;
}

/** A protected board made through the API, as the New board button does. */
export async function createBoard(server: AppServer): Promise<Board> {
  const response = await fetch(`${server.url}/api/boards`, { method: 'POST' });
  if (response.status !== 201) throw new Error(`board creation failed: ${response.status}`);
  const body = (await response.json()) as { roomId: string; links: { edit: string } };
  return {
    roomId: body.roomId,
    editToken: body.links.edit,
    editUrl: `${server.url}/r/${body.roomId}?token=${body.links.edit}`,
  };
}

/** A plain Yjs program on the board through the stock y-websocket client. */
export interface BoardClient {
  readonly board: BoardDoc;
  close(): void;
}

export async function connectClient(server: AppServer, board: Board): Promise<BoardClient> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.url.replace(/^http/, 'ws'), board.roomId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: { token: board.editToken },
  });
  const boardDoc = new BoardDoc(doc);
  const close = () => {
    provider.destroy();
    boardDoc.destroy();
    doc.destroy();
  };
  try {
    await within(15_000, 'the stock client never synced', (resolve) =>
      provider.once('sync', () => resolve()),
    );
  } catch (error) {
    close();
    throw error;
  }
  return { board: boardDoc, close };
}

function within(ms: number, message: string, start: (resolve: () => void) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    start(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * Writes the shapes through `writer`, then waits until a second, fresh client sees all of
 * them: only then does the server hold the whole board for the page to load.
 */
export async function seedBoard(
  server: AppServer,
  board: Board,
  writer: BoardClient,
  shapes: Shape[],
): Promise<void> {
  // A thousand shapes per update keeps each frame far below the server's size limit.
  for (let i = 0; i < shapes.length; i += 1_000) {
    writer.board.createShapes(shapes.slice(i, i + 1_000));
  }
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const reader = await connectClient(server, board);
    const seen = reader.board.allShapes().length;
    reader.close();
    if (seen === shapes.length) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server never held all ${shapes.length} shapes`);
}
