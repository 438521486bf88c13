import type { Shape } from '../../packages/board-model/src/index.ts';
import { BoardDoc } from '../../packages/board-yjs/src/index.ts';
import {
  createBoard,
  startAppServer as startSharedAppServer,
  type AppServer,
  type CreatedBoard,
} from '../../test/support/app-server.ts';
import { connectPlainClient } from '../../test/support/plain-client.ts';
import { distDirs } from './build.ts';

export type { AppServer };
export type Board = CreatedBoard;
export { createBoard };

/** The shared app-server starter, serving the bench's own build of the app. */
export function startAppServer(): Promise<AppServer> {
  return startSharedAppServer({ staticDir: distDirs.app, dataDirPrefix: 'sketchroom-bench-' });
}

/** A plain Yjs program on the board through the stock y-websocket client. */
export interface BoardClient {
  readonly board: BoardDoc;
  close(): void;
}

export async function connectClient(server: AppServer, board: Board): Promise<BoardClient> {
  const client = await connectPlainClient(server.url, board.roomId, board.editToken);
  const boardDoc = new BoardDoc(client.doc);
  return {
    board: boardDoc,
    close() {
      boardDoc.destroy();
      client.close();
    },
  };
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
