// Issue 13, hardening: the images API against uploads that lie about their size, flood a
// board at once, trickle, or ask for bytes by forged ids; on both stores where storage matters.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkImage } from '../src/assets/image-check.ts';
import { assetsApi } from './helpers/assets-api.ts';
import { createBoard } from './helpers/boards.ts';
import { gif, jpeg, png, webp } from './helpers/images.ts';
import { jpegWithSegments, trickleUpload } from './helpers/hostile-images.ts';
import { rawRequest } from './helpers/raw-http.ts';
import { startServer, withServer, type TestServer } from './helpers/server.ts';
import { testStorages, type TestStorage } from './helpers/storages.ts';

const MiB = 1024 * 1024;
const protectedBoards = { openRooms: false };
/** Uploads at once in these tests come from one address; its per-minute limit is not the subject. */
const manyUploads = { assetUploadsPerMinute: 1_000_000 };

const filesUnder = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name);

describe.each(Object.keys(testStorages))('uploads at once on %s', (storeName) => {
  let storage: TestStorage | null = null;
  let server: TestServer | null = null;
  afterEach(async () => {
    await server?.close();
    await storage?.cleanup();
  });

  it('never lets a board pass its count or bytes quota, however many upload together', async () => {
    storage = await testStorages[storeName]!();
    server = await startServer({
      ...storage.options(),
      ...manyUploads,
      assetMaxPerBoard: 5,
      assetMaxBoardBytes: 64 * 1024,
    });
    const board = await createBoard(server.port);
    // Several clients (each its own token) sending 50 images between them at the same moment.
    const clients = [board.links.edit, board.ownerToken, board.links.edit].map((token) =>
      assetsApi(server!.port, board.roomId, token),
    );
    const answers = await Promise.all(
      Array.from({ length: 50 }, (_, i) => clients[i % 3]!.upload(png())),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 413)).toHaveLength(45);
    const { assets } = server.server.store;
    expect((await assets.usage(board.roomId)).count).toBe(5);

    // By bytes: 10 images of 20 KiB against 64 KiB, all at once: three fit.
    const other = await createBoard(server.port);
    const api = assetsApi(server.port, other.roomId, other.links.edit);
    const big = () =>
      png(4, 4, {
        seed: Math.random()
          .toString(36)
          .padEnd(20 * 1024, 'x'),
      });
    const byBytes = await Promise.all(Array.from({ length: 10 }, () => api.upload(big())));
    expect(byBytes.filter((answer) => answer.status === 201)).toHaveLength(3);
    const usage = await assets.usage(other.roomId);
    expect(usage.count).toBe(3);
    expect(usage.bytes).toBeLessThanOrEqual(64 * 1024);
  });

  it('takes 1,000 tiny uploads at once and keeps rows and files consistent', async () => {
    storage = await testStorages[storeName]!();
    server = await startServer({ ...storage.options(), ...manyUploads, assetMaxPerBoard: 900 });
    const board = await createBoard(server.port);
    const api = assetsApi(server.port, board.roomId, board.links.edit);
    const answers = await Promise.all(Array.from({ length: 1_000 }, () => api.upload(png())));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(900);
    expect(statuses.filter((status) => status === 413)).toHaveLength(100);
    const { assets } = server.server.store;
    expect((await assets.usage(board.roomId)).count).toBe(900);
    expect((await assets.stored()).count).toBe(900);
    if (storeName === 'SQLite')
      expect(filesUnder(join(storage.dataDir, 'assets'))).toHaveLength(900);
    // Still serving.
    const stored = (await answers.find((answer) => answer.status === 201)!.json()) as {
      id: string;
    };
    expect((await api.download(stored.id)).status).toBe(200);
  });
});

describe('hostile images', () => {
  it('refuses bombs in every format: a header claiming an absurd size gets 413', async () => {
    // Originals kept, so only the hard caps (16384 px a side, 100 MP) stand in the way.
    await withServer({ ...protectedBoards, assetKeepOriginal: true }, async ({ port, server }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      for (const [name, bomb] of [
        ['PNG', png(1, 1, { claim: [100_000, 100_000] })],
        ['GIF', gif(65_535, 65_535)],
        ['WebP', webp(16_777_216, 16_777_216)],
        ['JPEG', jpeg(65_535, 65_535)],
        ['JPEG 12000²', jpeg(12_000, 12_000)],
      ] as const) {
        const answer = await api.upload(bomb);
        expect(answer.status, name).toBe(413);
        expect(((await answer.json()) as { error: string }).error, name).toMatch(/downscale/);
      }
      expect((await server.store.assets.stored()).count).toBe(0);
    });
  });

  it('reads the size of a JPEG full of segments or EXIF in bounded time, refusing the absurd', () => {
    // 10 MiB of empty segments before the frame: millions for the size reader to walk.
    const flood = jpegWithSegments({ total: 10 * MiB, segmentBytes: 0 });
    const exif = jpegWithSegments({ total: 10 * MiB, segmentBytes: 65_000, exif: true });
    const fewExif = jpegWithSegments({ total: 200 * 1024, segmentBytes: 65_000, exif: true });
    const started = performance.now();
    expect(checkImage(flood)).toEqual({ ok: false, error: 'the image header cannot be read' });
    expect(checkImage(exif)).toEqual({ ok: false, error: 'the image header cannot be read' });
    // Three EXIF blocks (real files have one) still pass.
    expect(checkImage(fewExif)).toMatchObject({ ok: true, image: { width: 10, height: 10 } });
    // Unbounded, the flood alone took about 800 ms; bounded, all three take a few.
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('cuts off an accepted upload that trickles its body (408), and keeps serving', async () => {
    const options = { ...protectedBoards, assetUploadTimeoutMs: 300 };
    await withServer(options, async ({ port, server }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      // A real PNG's first bytes, then one byte every 50 ms of the 4 KiB it declares.
      const answer = await trickleUpload(api.base, board.links.edit, png(), 4096);
      expect(answer.status).toBe(408);
      expect(answer.body).toMatch(/did not arrive within 0.3 s/);
      expect((await server.store.assets.stored()).count).toBe(0);
      expect((await api.upload(png())).status).toBe(201);
    });
  });

  it('answers 404 to ids that look like paths, and never reads outside the data folder', async () => {
    await withServer(protectedBoards, async ({ port, dataDir }) => {
      const secret = 'the contents of a file outside the images folder';
      writeFileSync(join(dataDir, 'secret.txt'), secret);
      writeFileSync(join(dataDir, 'assets-x'), secret);
      const board = await createBoard(port);
      const token = `token=${encodeURIComponent(board.links.edit)}`;
      const base = `/api/boards/${board.roomId}/assets`;
      for (const id of [
        '..%2F..%2Fetc%2Fpasswd',
        '..%2Fsecret.txt',
        'sha256:..%2F..%2Fsecret.txt',
        `sha256:${'0'.repeat(62)}%2F..%2F..%2Fsecret.txt`,
        '%2e%2e%2f%2e%2e%2fsecret.txt',
        'sha256%3A..%2F..%2Fx',
      ]) {
        const answer = await rawRequest(port, `${base}/${id}?${token}`);
        expect(answer.status, id).toBe(404);
        expect(answer.body, id).not.toContain(secret);
      }
      // Unencoded: not an image path at all; nothing from disk either.
      for (const path of [`${base}/sha256:../../x`, `${base}/../../../secret.txt`]) {
        const answer = await rawRequest(port, `${path}?${token}`);
        expect(answer.status, path).toBe(404);
        expect(answer.body, path).not.toContain(secret);
      }
    });
  });

  it('answers a forged ?token= of any size with 401 (or the header limit), quickly', async () => {
    await withServer(protectedBoards, async ({ port }) => {
      const board = await createBoard(port);
      const id = `sha256:${'a'.repeat(64)}`;
      const base = `/api/boards/${board.roomId}/assets/${id}`;
      const started = performance.now();
      for (const method of ['GET', 'HEAD']) {
        const nearLimit = await rawRequest(port, `${base}?token=${'A'.repeat(15_000)}`, { method });
        expect(nearLimit.status, method).toBe(401);
        const dotted = await rawRequest(port, `${base}?token=${'a.'.repeat(7_000)}`, { method });
        expect(dotted.status, method).toBe(401);
        // Past Node's header limit the request never reaches us.
        const huge = await rawRequest(port, `${base}?token=${'A'.repeat(1024 * 1024)}`, {
          method,
        });
        expect(huge.status, method).toBe(431);
      }
      expect(performance.now() - started).toBeLessThan(1_000);
    });
  });
});
