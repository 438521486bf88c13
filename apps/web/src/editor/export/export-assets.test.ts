import type { Shape } from '@sketchroom/board-model';
import { describe, expect, it } from 'vitest';
import { noAssets, type AssetSource } from '../../assets/asset-source.ts';
import { assetsOf, dataUrlOf, gatherImages, missingImagesMessage } from './export-assets.ts';

const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function image(id: string, asset?: string): Shape {
  return {
    id: `shape:${id}`,
    type: 'image',
    asset,
    geom: { x: 0, y: 0, width: 10, height: 10, rotation: 0 },
  } as unknown as Shape;
}

const HERE = `sha256:${'a'.repeat(64)}`;
const LATE = `sha256:${'b'.repeat(64)}`;

/** Has only HERE; anything else never arrives. */
const oneFile: AssetSource = {
  blob: (asset, signal) =>
    asset === HERE
      ? Promise.resolve(new Blob([PNG_BYTES], { type: 'image/png' }))
      : noAssets.blob(asset, signal),
};

describe('export pictures', () => {
  it('names each asset once, and only pictures that have one', () => {
    const shapes = [
      image('a', 'sha256:1'),
      image('b', 'sha256:1'),
      image('c'),
      image('d', 'sha256:2'),
    ];
    expect(assetsOf(shapes)).toEqual(['sha256:1', 'sha256:2']);
  });

  it('takes the files at hand and counts the ones that did not come in time', async () => {
    const shapes = [image('a', HERE), image('b', LATE)];
    const gathered = await gatherImages(oneFile, shapes, 50);
    expect([...gathered.images.keys()]).toEqual([HERE]);
    expect(gathered.missing).toBe(1);
    expect(missingImagesMessage(1)).toMatch(/placeholder/);
  });

  it('waits for nothing when there are no pictures, or none that could ever be had', async () => {
    expect(await gatherImages(noAssets, [], 60_000)).toEqual({ images: new Map(), missing: 0 });
    const forged = [image('a', 'sha256-notuploaded'), image('b', 'sha256:../../etc')];
    expect(await gatherImages(noAssets, forged, 60_000)).toEqual({ images: new Map(), missing: 2 });
  });

  it('writes a data URL with the file type, told by its bytes when the file has none', async () => {
    const typed = await dataUrlOf(new Blob([PNG_BYTES], { type: 'image/png' }));
    const untyped = await dataUrlOf(new Blob([PNG_BYTES]));
    const html = await dataUrlOf(new Blob(['<html>'], { type: 'text/html' }));
    expect(typed).toBe(`data:image/png;base64,${btoa(String.fromCharCode(...PNG_BYTES))}`);
    expect(untyped).toBe(typed);
    expect(html.startsWith('data:application/octet-stream;base64,')).toBe(true);
  });
});
