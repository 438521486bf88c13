import { describe, expect, it } from 'vitest';
import type { AssetSource } from '../assets/asset-source.ts';
import { ImageCache, sizeTier, type DecodedImage } from './image-cache.ts';

/** A source whose files arrive when the test says, and which counts what was asked. */
function manualSource() {
  const waiting = new Map<string, { resolve(blob: Blob): void; reject(e: Error): void }[]>();
  const asked: string[] = [];
  const aborted: string[] = [];
  const source: AssetSource = {
    blob(asset, signal) {
      asked.push(asset);
      return new Promise((resolve, reject) => {
        const list = waiting.get(asset) ?? [];
        list.push({ resolve, reject });
        waiting.set(asset, list);
        signal?.addEventListener('abort', () => {
          aborted.push(asset);
          reject(new Error('aborted'));
        });
      });
    },
  };
  const settle = (asset: string, how: 'arrive' | 'fail') => {
    for (const w of waiting.get(asset) ?? []) {
      if (how === 'arrive') w.resolve(new Blob([asset]));
      else w.reject(new Error('gone'));
    }
    waiting.delete(asset);
  };
  return { source, asked, aborted, settle };
}

/** Every file is a 1000 × 500 picture; decoding honours the size asked, never enlarging. */
function fakeDecode(closed: string[]) {
  return async (blob: Blob, longest: number): Promise<DecodedImage> => {
    const name = await blob.text();
    const scale = Math.min(1, longest / 1000);
    return {
      width: Math.round(1000 * scale),
      height: Math.round(500 * scale),
      close: () => closed.push(name),
    };
  };
}

function setup(maxPixels = 10_000_000) {
  const files = manualSource();
  const closed: string[] = [];
  let clock = 0;
  const cache = new ImageCache({
    source: () => files.source,
    decode: fakeDecode(closed),
    maxPixels,
    now: () => clock,
  });
  const heard: string[] = [];
  cache.subscribe((asset) => heard.push(asset));
  const tick = (ms: number) => (clock += ms);
  const flush = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { cache, files, closed, heard, tick, flush };
}

describe('ImageCache', () => {
  it('is loading until the file arrives, then ready, and tells listeners once', async () => {
    const t = setup();
    expect(t.cache.image('sha256:a', 2000).state).toBe('loading');
    expect(t.cache.image('sha256:a', 2000).bitmap).toBeNull();
    // Asked twice while loading: one request, not two.
    expect(t.files.asked).toEqual(['sha256:a']);
    expect(t.heard).toEqual([]);
    t.files.settle('sha256:a', 'arrive');
    await t.flush();
    expect(t.heard).toEqual(['sha256:a']);
    const ready = t.cache.image('sha256:a', 2000);
    expect(ready.state).toBe('ready');
    expect((ready.bitmap as unknown as DecodedImage).width).toBe(1000);
  });

  it('fails for good when the file can never be had, and says so', async () => {
    const t = setup();
    t.cache.image('sha256:gone', 500);
    t.files.settle('sha256:gone', 'fail');
    await t.flush();
    expect(t.heard).toEqual(['sha256:gone']);
    expect(t.cache.image('sha256:gone', 500)).toEqual({ state: 'failed', bitmap: null });
    expect(t.files.asked).toEqual(['sha256:gone']);
  });

  it('decodes for the size the view needs and again, sharper, when zoomed in', async () => {
    const t = setup();
    t.cache.image('sha256:a', 100);
    t.files.settle('sha256:a', 'arrive');
    await t.flush();
    expect(t.cache.decodedPixels).toBe(128 * 64);
    // A little more still fits the same power-of-two size: no second load.
    t.cache.image('sha256:a', 120);
    expect(t.files.asked).toHaveLength(1);
    // Closer: the small picture stays on screen while a sharper one loads.
    expect(t.cache.image('sha256:a', 600).state).toBe('ready');
    expect(t.files.asked).toHaveLength(2);
    t.files.settle('sha256:a', 'arrive');
    await t.flush();
    expect(t.cache.decodedPixels).toBe(1000 * 500);
    expect(t.closed).toEqual(['sha256:a']);
    expect(t.heard).toEqual(['sha256:a', 'sha256:a']);
    // The whole file is decoded: zooming further in asks for nothing more.
    t.cache.image('sha256:a', 8000);
    expect(t.files.asked).toHaveLength(2);
    // Zoomed a little out, the sharp copy is kept.
    t.tick(10_000);
    t.cache.image('sha256:a', 300);
    expect(t.files.asked).toHaveLength(2);
    // A long way out, but shown large moments ago (another shape of the same file): kept.
    t.cache.image('sha256:a', 100);
    expect(t.files.asked).toHaveLength(2);
    // A long way out, and not shown large for a while: decoded small again.
    t.tick(5_000);
    t.cache.image('sha256:a', 100);
    expect(t.files.asked).toHaveLength(3);
    t.files.settle('sha256:a', 'arrive');
    await t.flush();
    expect(t.cache.decodedPixels).toBe(128 * 64);
  });

  it('closes the least recently painted pictures past its pixel budget', async () => {
    const t = setup(1_200_000); // room for two 1000 × 500 pictures
    for (const asset of ['a', 'b', 'c']) {
      t.tick(10);
      t.cache.image(asset, 1000);
      t.files.settle(asset, 'arrive');
      await t.flush();
    }
    expect(t.closed).toEqual(['a']);
    expect(t.cache.decodedPixels).toBe(1_000_000);
    expect(t.cache.stateOf('a')).toBeUndefined();
    expect(t.cache.stateOf('c')).toBe('ready');
  });

  it('releases pictures far from the view once idle, and keeps those near it', async () => {
    const t = setup();
    for (const asset of ['near', 'far', 'recent']) {
      t.cache.image(asset, 1000);
      t.files.settle(asset, 'arrive');
      await t.flush();
    }
    t.tick(10_000);
    t.cache.image('recent', 1000);
    t.cache.image('pending', 1000);
    t.tick(100);
    t.cache.release(new Set(['near']), 5_000);
    expect(t.closed).toEqual(['far']);
    expect(t.cache.stateOf('near')).toBe('ready');
    expect(t.cache.stateOf('recent')).toBe('ready');
    // Painted again later, a released picture loads anew.
    t.cache.image('far', 1000);
    expect(t.files.asked.filter((a) => a === 'far')).toHaveLength(2);
  });

  it('stops a load that is no longer wanted', async () => {
    const t = setup();
    t.cache.image('slow', 1000);
    t.tick(10_000);
    t.cache.release(new Set(), 5_000);
    expect(t.files.aborted).toEqual(['slow']);
    await t.flush();
    expect(t.heard).toEqual([]);
    expect(t.cache.stateOf('slow')).toBeUndefined();
  });

  it('sizes come in powers of two from 128', () => {
    expect([1, 128, 129, 700, 5000].map(sizeTier)).toEqual([128, 128, 256, 1024, 8192]);
  });
});
