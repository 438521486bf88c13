// Issue 13: every input of the images API is bounded: size, dimensions, count, bytes, rate.
import { describe, expect, it } from 'vitest';
import { assetsApi, streamUpload, uploadOk } from './helpers/assets-api.ts';
import { createBoard } from './helpers/boards.ts';
import { png } from './helpers/images.ts';
import { from } from './helpers/addresses.ts';
import { withServer } from './helpers/server.ts';

const KiB = 1024;
const protectedBoards = { openRooms: false };

describe('images API limits', () => {
  it('refuses a body over ASSET_MAX_BYTES by its Content-Length before reading it', async () => {
    await withServer({ ...protectedBoards, assetMaxBytes: 64 * KiB }, async ({ port, server }) => {
      const board = await createBoard(port);
      const { base } = assetsApi(port, board.roomId, board.links.edit);
      // Declares 1 GiB and sends only a little: the answer comes without the rest.
      const answer = await streamUpload(base, board.links.edit, 16 * KiB, {
        contentLength: 1024 * 1024 * 1024,
      });
      expect(answer.status).toBe(413);
      expect(answer.body).toMatch(/over the limit of 65536 bytes/);
      expect((await server.store.assets.stored()).count).toBe(0);
    });
  });

  it('refuses a chunked body as soon as it streams past the limit, and keeps serving', async () => {
    await withServer({ ...protectedBoards, assetMaxBytes: 64 * KiB }, async ({ port, server }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      // Starts like a real PNG, then goes on far past the limit; no Content-Length.
      const answer = await streamUpload(api.base, board.links.edit, 64 * 1024 * KiB, {
        first: png(4, 4),
      });
      expect(answer.status).toBe(413);
      expect((await server.store.assets.stored()).count).toBe(0);
      // Exactly at the limit is fine; one byte more is not.
      const bare = png(4, 4, { seed: '' }).length;
      const atLimit = png(4, 4, { seed: 'x'.repeat(64 * KiB - bare) });
      expect(atLimit.length).toBe(64 * KiB);
      expect((await api.upload(atLimit)).status).toBe(201);
      const overLimit = png(4, 4, { seed: 'x'.repeat(64 * KiB - bare + 1) });
      expect((await api.upload(overLimit)).status).toBe(413);
    });
  });

  it('answers an upload without a valid token before reading its body', async () => {
    await withServer(protectedBoards, async ({ port }) => {
      const board = await createBoard(port);
      const { base } = assetsApi(port, board.roomId, null);
      // 1 GiB declared, a little sent: were the body read first, the answer would never come.
      const answer = await streamUpload(base, 'forged', 16 * KiB, {
        contentLength: 1024 * 1024 * 1024,
      });
      expect(answer.status).toBe(401);
    });
  });

  it('refuses decompression bombs and over-long sides, saying to downscale', async () => {
    await withServer(protectedBoards, async ({ port }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      const bomb = await api.upload(png(1, 1, { claim: [100_000, 100_000] }));
      expect(bomb.status).toBe(413);
      expect(((await bomb.json()) as { error: string }).error).toMatch(/downscale/);
      const long = await api.upload(png(1, 1, { claim: [5_000, 10] }));
      expect(long.status).toBe(413);
      expect(((await long.json()) as { error: string }).error).toMatch(/at most 4096 px/);
      expect((await api.upload(png(1, 1, { claim: [4_096, 4_096] }))).status).toBe(201);
    });
    await withServer({ ...protectedBoards, assetKeepOriginal: true }, async ({ port }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      // Originals kept: a long side passes, the hard caps do not.
      expect((await api.upload(png(1, 1, { claim: [8_000, 6_000] }))).status).toBe(201);
      expect((await api.upload(png(1, 1, { claim: [16_385, 10] }))).status).toBe(413);
      expect((await api.upload(png(1, 1, { claim: [12_000, 12_000] }))).status).toBe(413);
      const limits = await fetch(`http://127.0.0.1:${port}/api/assets/limits`);
      expect(await limits.json()).toMatchObject({ keepOriginal: true, maxSide: 4096 });
    });
  });

  it('caps the images of one board by count and by bytes; an image it owns uploads again', async () => {
    await withServer({ ...protectedBoards, assetMaxPerBoard: 2 }, async ({ port }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      const first = png();
      await uploadOk(api, first);
      await uploadOk(api, png());
      const third = await api.upload(png());
      expect(third.status).toBe(413);
      expect(((await third.json()) as { error: string }).error).toMatch(/already has 2 images/);
      expect((await api.upload(first)).status).toBe(201);
      // Another board has its own count.
      const other = await createBoard(port);
      await uploadOk(assetsApi(port, other.roomId, other.links.edit), png());
    });
    await withServer({ ...protectedBoards, assetMaxBoardBytes: 2 * KiB }, async ({ port }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      await uploadOk(api, png(30, 30));
      expect((await api.upload(png(40, 40, { seed: 'x'.repeat(2 * KiB) }))).status).toBe(413);
    });
  });

  it('limits uploads per client and minute (429), and reads nothing of a refused one', async () => {
    await withServer({ ...protectedBoards, assetUploadsPerMinute: 3 }, async ({ port, server }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      for (let i = 0; i < 3; i++) await uploadOk(api, png());
      const refused = await api.upload(png());
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toBe('20');
      expect((await server.store.assets.stored()).count).toBe(3);
      // Reading is not limited by uploads.
      const limits = await fetch(`http://127.0.0.1:${port}/api/assets/limits`);
      expect(limits.status).toBe(200);
    });
  });

  it('limits image bytes served per client address (429 with Retry-After); cached answers are free', async () => {
    // 1 KiB a second, bursts of 32 KiB: a 20 KiB image may be fetched twice, then not.
    const options = { ...protectedBoards, assetBytesPerSecond: 1024, trustProxy: true };
    await withServer(options, async ({ port }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      const image = await uploadOk(api, png(4, 4, { seed: 'x'.repeat(20 * KiB) }));
      const get = (address: string, headers: Record<string, string> = {}) =>
        fetch(`${api.base}/${image.id}`, {
          headers: { authorization: `Bearer ${board.links.edit}`, ...from(address), ...headers },
        });
      expect((await get('10.0.0.1')).status).toBe(200);
      expect((await get('10.0.0.1')).status).toBe(200);
      const refused = await get('10.0.0.1');
      expect(refused.status).toBe(429);
      // Eight KiB of debt at 1 KiB a second.
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(8);
      // A copy the client has (304) and a HEAD read no bytes: never refused.
      const etag = (await get('10.0.0.2')).headers.get('etag')!;
      const cached = await get('10.0.0.1', { 'if-none-match': etag });
      expect(cached.status).toBe(304);
      const head = await fetch(`${api.base}/${image.id}`, {
        method: 'HEAD',
        headers: { authorization: `Bearer ${board.links.edit}`, ...from('10.0.0.1') },
      });
      expect(head.status).toBe(200);
      // Another address has its own budget.
      expect((await get('10.0.0.3')).status).toBe(200);
    });
  });

  it('lets a board of 200 one-megabyte images load at once with the default limits', async () => {
    const options = { ...protectedBoards, assetKeepOriginal: true, assetUploadsPerMinute: 1_000 };
    await withServer(options, async ({ port }) => {
      const board = await createBoard(port);
      const api = assetsApi(port, board.roomId, board.links.edit);
      // One stored image of 1 MiB stands for 200: the budget is per address, not per image.
      const image = await uploadOk(api, png(4, 4, { seed: 'x'.repeat(1024 * KiB - 200) }));
      for (let i = 0; i < 200; i++) {
        const answer = await api.download(image.id);
        expect(answer.status, `image ${i + 1}`).toBe(200);
        await answer.arrayBuffer();
      }
    });
  });
});
