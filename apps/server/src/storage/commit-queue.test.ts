import { describe, expect, it } from 'vitest';
import { CommitQueue } from './commit-queue.ts';
import { SqliteStore } from './sqlite-store.ts';

const bytes = (n: number) => new Uint8Array([n]);

describe('CommitQueue', () => {
  it('writes one tick in one batch, then runs callbacks in order', async () => {
    const store = new SqliteStore(':memory:');
    const batches: number[] = [];
    const append = store.append.bind(store);
    store.append = (batch) => (batches.push(batch.length), append(batch));
    const queue = new CommitQueue(store);
    const order: string[] = [];
    queue.enqueue('r', bytes(1), () => order.push('a'));
    queue.whenCommitted(() => order.push('reply'));
    queue.enqueue('r', bytes(2), () => order.push('b'));
    expect(order).toEqual([]);
    await queue.flush();
    expect(order).toEqual(['a', 'reply', 'b']);
    expect(batches).toEqual([2]);
    expect((await store.load('r')).updates).toHaveLength(2);
  });

  it('runs whenCommitted at once when nothing is pending', () => {
    const queue = new CommitQueue(new SqliteStore(':memory:'));
    let ran = false;
    queue.whenCommitted(() => (ran = true));
    expect(ran).toBe(true);
  });

  it('hands a failed write to every callback of the batch', async () => {
    const store = new SqliteStore(':memory:');
    store.append = () => Promise.reject(new Error('disk full'));
    const queue = new CommitQueue(store);
    const errors: Array<string | undefined> = [];
    queue.enqueue('r', bytes(1), (error) => errors.push(error?.message));
    queue.whenCommitted((error) => errors.push(error?.message));
    await queue.flush();
    expect(errors).toEqual(['disk full', 'disk full']);
  });

  it('writes an update only once the work it waits on is done, and fails it if that fails', async () => {
    const store = new SqliteStore(':memory:');
    const queue = new CommitQueue(store);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const done: string[] = [];
    queue.enqueue('r', bytes(1), (error) => done.push(error ? 'failed' : 'stored'), held);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toEqual([]);
    expect((await store.load('r')).updates).toHaveLength(0);
    release();
    await queue.flush();
    expect(done).toEqual(['stored']);
    queue.enqueue(
      'r',
      bytes(2),
      (error) => done.push(error?.message ?? 'stored'),
      Promise.reject(new Error('no version')),
    );
    await queue.flush();
    expect(done).toEqual(['stored', 'no version']);
    expect((await store.load('r')).updates).toHaveLength(1);
  });
});
