// Issue 13: board images through the HTTP API, on both stores.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assetIdOf, assetsApi, streamUpload, uploadOk } from './helpers/assets-api.ts';
import { createBoard, type CreatedBoard } from './helpers/boards.ts';
import { gif, html, jpeg, png, svg, webp } from './helpers/images.ts';
import { startServer, type TestServer } from './helpers/server.ts';
import { testStorages, type TestStorage } from './helpers/storages.ts';

/** Image files in a SQLite server's data directory, temporary ones included. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => entry.name);
  } catch {
    return [];
  }
}

describe.each(Object.keys(testStorages))('board images on %s', (storeName) => {
  let storage: TestStorage;
  let server: TestServer;
  let board: CreatedBoard;
  let other: CreatedBoard;
  beforeAll(async () => {
    storage = await testStorages[storeName]!();
    server = await startServer(storage.options());
    board = await createBoard(server.port);
    other = await createBoard(server.port);
  });
  afterAll(async () => {
    await server?.close();
    await storage?.cleanup();
  });
  const editor = () => assetsApi(server.port, board.roomId, board.links.edit);
  const stored = () => server.server.store.assets.stored();

  it('stores an upload and serves its bytes with safe, long-lived headers', async () => {
    const image = png(30, 20);
    const response = await editor().upload(image, 'image/png');
    expect(response.status).toBe(201);
    const id = assetIdOf(image);
    expect(await response.json()).toEqual({
      id,
      mimeType: 'image/png',
      width: 30,
      height: 20,
      bytes: image.length,
    });
    for (const download of [editor().download(id), editor().downloadWithQuery(id)]) {
      const got = await download;
      expect(got.status).toBe(200);
      expect(Buffer.from(await got.arrayBuffer()).equals(image)).toBe(true);
      expect(got.headers.get('content-type')).toBe('image/png');
      expect(got.headers.get('x-content-type-options')).toBe('nosniff');
      expect(got.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');
      expect(got.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
    const etag = (await editor().download(id)).headers.get('etag')!;
    const again = await fetch(`${editor().base}/${id}`, {
      headers: { authorization: `Bearer ${board.links.edit}`, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const head = await editor().download(id, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(image.length));
    expect(head.headers.get('content-type')).toBe('image/png');
    // Viewers and the owner read images too.
    const viewer = assetsApi(server.port, board.roomId, board.links.view);
    expect((await viewer.downloadWithQuery(id)).status).toBe(200);
    const owner = assetsApi(server.port, board.roomId, board.ownerToken);
    expect((await owner.download(id)).status).toBe(200);
  });

  it('accepts JPEG, GIF and WebP, telling the type from the bytes', async () => {
    for (const [bytes, mimeType] of [
      [jpeg(5, 4), 'image/jpeg'],
      [gif(7, 6), 'image/gif'],
      [webp(9, 8), 'image/webp'],
    ] as const) {
      const uploaded = await uploadOk(editor(), bytes);
      expect(uploaded.mimeType).toBe(mimeType);
      const got = await editor().download(uploaded.id);
      expect(got.headers.get('content-type')).toBe(mimeType);
    }
  });

  it('stores the same bytes once, uploaded twice to one board and once to another', async () => {
    const image = png(8, 8);
    const before = await stored();
    const first = await uploadOk(editor(), image);
    const again = await uploadOk(editor(), image);
    const elsewhere = await uploadOk(assetsApi(server.port, other.roomId, other.links.edit), image);
    expect(again.id).toBe(first.id);
    expect(elsewhere.id).toBe(first.id);
    expect(await stored()).toEqual({ count: before.count + 1, bytes: before.bytes + image.length });
    if (storeName === 'SQLite') {
      const hex = first.id.slice('sha256:'.length);
      const files = filesUnder(join(storage.dataDir, 'assets'));
      expect(files.filter((name) => name === hex)).toHaveLength(1);
      expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
    }
  });

  it('refuses uploads without a valid token (401) and from viewers (403)', async () => {
    const image = png();
    expect((await assetsApi(server.port, board.roomId, null).upload(image)).status).toBe(401);
    expect((await assetsApi(server.port, board.roomId, 'forged').upload(image)).status).toBe(401);
    // A token for another board is no token for this one.
    expect(
      (await assetsApi(server.port, board.roomId, other.links.edit).upload(image)).status,
    ).toBe(401);
    const viewer = await assetsApi(server.port, board.roomId, board.links.view).upload(image);
    expect(viewer.status).toBe(403);
    const before = await stored();
    expect((await editor().download(assetIdOf(image))).status).toBe(404);
    expect(await stored()).toEqual(before);
  });

  it("never gives one board's image to another board or to a stranger", async () => {
    const secret = await uploadOk(editor(), png(4, 4));
    const otherEditor = assetsApi(server.port, other.roomId, other.links.edit);
    // Through the other board, with its own valid token: that board does not own the image.
    expect((await otherEditor.download(secret.id)).status).toBe(404);
    // Through this board, with the other board's token, or none.
    for (const token of [other.links.edit, other.ownerToken, null, 'x.y.z']) {
      const api = assetsApi(server.port, board.roomId, token);
      for (const got of [await api.download(secret.id), await api.downloadWithQuery(secret.id)]) {
        expect([401, 404]).toContain(got.status);
        expect(got.headers.get('content-type')).not.toBe('image/png');
      }
    }
    expect((await editor().download(`sha256:${'0'.repeat(64)}`)).status).toBe(404);
    expect((await editor().download('not-an-id')).status).toBe(404);
    expect((await editor().download('..%2F..%2Fsketchroom.db')).status).toBe(404);
  });

  it('decides the type by the bytes; a declared type that is no image type refuses the body', async () => {
    const image = png(6, 5);
    // Declared as another image type, or not at all: the bytes say PNG, and PNG it is.
    // (curl --data-binary sends the form encoding unless told otherwise.)
    const vague = ['image/jpeg', 'application/octet-stream', 'application/x-www-form-urlencoded'];
    for (const declared of vague) {
      const response = await editor().upload(png(6, 5), declared);
      expect(response.status).toBe(201);
      const { id, mimeType } = (await response.json()) as { id: string; mimeType: string };
      expect(mimeType).toBe('image/png');
      expect((await editor().download(id)).headers.get('content-type')).toBe('image/png');
    }
    const bare = await fetch(editor().base, {
      method: 'POST',
      headers: { authorization: `Bearer ${board.links.edit}` },
      body: new Uint8Array(png()),
    });
    expect(bare.status).toBe(201);
    // A PNG declared as a page is refused: whoever sends that is not adding an image.
    const asHtml = await editor().upload(image, 'text/html');
    expect(asHtml.status).toBe(415);
    expect(((await asHtml.json()) as { error: string }).error).toMatch(/text\/html/);
    for (const declared of ['text/plain', 'application/xhtml+xml', 'application/json']) {
      expect((await editor().upload(image, declared)).status).toBe(415);
    }
    expect((await editor().download(assetIdOf(image))).status).toBe(404);
    const before = await stored();
    const page = await editor().upload(html(), 'image/png');
    expect(page.status).toBe(415);
    expect(((await page.json()) as { error: string }).error).toMatch(/PNG, JPEG, GIF and WebP/);
    for (const declared of ['image/svg+xml', 'image/png']) {
      const drawing = await editor().upload(svg(), declared);
      expect(drawing.status).toBe(415);
      expect(((await drawing.json()) as { error: string }).error).toMatch(/SVG.*export it as PNG/);
    }
    expect((await editor().upload(Buffer.from('hello'), 'text/plain')).status).toBe(415);
    expect((await editor().upload(png().subarray(0, 30), 'image/png')).status).toBe(415);
    expect((await editor().upload(Buffer.alloc(0), 'image/png')).status).toBe(415);
    expect(await stored()).toEqual(before);
  });

  it('tells anyone how far to downscale', async () => {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/assets/limits`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      maxBytes: 10 * 1024 * 1024,
      maxSide: 4096,
      keepOriginal: false,
    });
  });

  it('leaves nothing behind when an upload is cut off, and keeps serving', async () => {
    const image = png(200, 200);
    const before = await stored();
    const { base } = editor();
    // The client goes away halfway through a body it declared whole.
    await new Promise<void>((resolve) => {
      void streamUpload(base, board.links.edit, 0, {
        contentLength: image.length,
        first: image.subarray(0, image.length >> 1),
        abortAfterFirst: true,
      }).catch(() => resolve());
    });
    const whole = await uploadOk(editor(), image);
    expect(whole.id).toBe(assetIdOf(image));
    const got = await editor().download(whole.id);
    expect(Buffer.from(await got.arrayBuffer()).equals(image)).toBe(true);
    expect((await stored()).count).toBe(before.count + 1);
    if (storeName === 'SQLite')
      expect(filesUnder(join(storage.dataDir, 'assets')).filter((f) => f.endsWith('.tmp'))).toEqual(
        [],
      );
  });
});
