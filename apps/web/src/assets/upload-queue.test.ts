import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UploadResult } from './asset-api.ts';
import type { PendingUpload } from './local-assets.ts';
import { UploadQueue, type UploadDeps } from './upload-queue.ts';

const ok: UploadResult = { ok: true, id: 'x' };
const refusedWith = (status: number | null, retryAfterMs: number | null = null): UploadResult => ({
  ok: false,
  status,
  retryAfterMs,
});

/** The queue over an in-memory local copy and a scripted server. */
function setup(answers: UploadResult[], leftFromBefore: PendingUpload[] = []) {
  const pending = new Map(leftFromBefore.map((u) => [u.assetId, u]));
  const files = new Map<string, Blob>([
    ['a', new Blob(['A'])],
    ['b', new Blob(['B'])],
  ]);
  const sent: string[] = [];
  const refused: [string, number][] = [];
  let online: (() => void) | null = null;
  const deps: UploadDeps = {
    async upload(blob) {
      sent.push(await blob.text());
      return answers.shift() ?? ok;
    },
    readFile: async (id) => files.get(id) ?? null,
    savePending: async (upload) => void pending.set(upload.assetId, upload),
    removePending: async (_room, id) => void pending.delete(id),
    listPending: async () => [...pending.values()],
    onOnline(listener) {
      online = listener;
      return () => (online = null);
    },
  };
  const queue = new UploadQueue('room', { refused: (u, s) => refused.push([u.assetId, s]) }, deps);
  const stop = queue.start();
  return { queue, stop, sent, refused, pending, goOnline: () => online?.() };
}

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('UploadQueue', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a file once and forgets it when the server has it', async () => {
    const { queue, sent, pending } = setup([]);
    await queue.add('a', 'a.png');
    await settle();
    expect(sent).toEqual(['A']);
    expect(pending.size).toBe(0);
    expect(queue.size).toBe(0);
  });

  it('keeps a file while offline, backing off, and tries at once when back online', async () => {
    const { queue, sent, pending, goOnline } = setup([refusedWith(null), refusedWith(null)]);
    await queue.add('a', 'a.png');
    await settle();
    expect(sent).toEqual(['A']);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2); // the second wait is longer
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toHaveLength(2);
    expect(pending.has('a')).toBe(true);
    goOnline();
    await settle();
    expect(sent).toHaveLength(3);
    expect(pending.size).toBe(0);
  });

  it('refuses a file the server will never take, and goes on with the next', async () => {
    const { queue, sent, refused, pending } = setup([refusedWith(415)]);
    await queue.add('a', 'a.txt');
    await queue.add('b', 'b.png');
    await settle();
    expect(refused).toEqual([['a', 415]]);
    expect(sent).toEqual(['A', 'B']);
    expect(pending.size).toBe(0);
  });

  it('waits out a rate limit as the server asks, and gives up on the third', async () => {
    const { queue, sent, refused } = setup([
      refusedWith(429, 5000),
      refusedWith(429, 5000),
      refusedWith(429, 5000),
    ]);
    await queue.add('a', 'a.png');
    await settle();
    await vi.advanceTimersByTimeAsync(4999);
    expect(sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(3);
    expect(refused).toEqual([['a', 429]]);
  });

  it('stops sending when the link may not upload, keeping what is owed', async () => {
    const { queue, sent, pending, goOnline } = setup([refusedWith(403)]);
    await queue.add('a', 'a.png');
    await settle();
    goOnline();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(sent).toEqual(['A']);
    expect(pending.has('a')).toBe(true);
  });

  it('sends what an earlier visit left owed', async () => {
    const { sent, pending } = setup([], [{ roomId: 'room', assetId: 'b', name: 'b.png' }]);
    await settle();
    expect(sent).toEqual(['B']);
    expect(pending.size).toBe(0);
  });
});
