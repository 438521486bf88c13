import { createShape, type Shape, type ShapeId } from '@sketchroom/board-model';
import type { Box } from '@sketchroom/geometry';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AssetSource } from '../assets/asset-source.ts';
import { ImageCache, type DecodedImage } from './image-cache.ts';
import { ImageRepaints } from './image-repaints.ts';
import { spinnerReach } from './spinner.ts';

// Animation frames run when the test says: each `frame()` runs the callbacks queued so far.
let queued: FrameRequestCallback[] = [];
beforeEach(() => {
  queued = [];
  globalThis.requestAnimationFrame = (callback) => queued.push(callback);
  globalThis.cancelAnimationFrame = () => (queued = []);
});
afterEach(() => {
  delete (globalThis as Partial<typeof globalThis>).requestAnimationFrame;
  delete (globalThis as Partial<typeof globalThis>).cancelAnimationFrame;
});
const frame = () => queued.splice(0).forEach((callback) => callback(0));

function setup() {
  const arrivals = new Map<string, (blob: Blob) => void>();
  const source: AssetSource = {
    blob: (asset) => new Promise((resolve) => arrivals.set(asset, resolve)),
  };
  const decode = async (): Promise<DecodedImage> => ({ width: 10, height: 10, close() {} });
  const shapes = new Map<ShapeId, Shape>();
  const repaints: { id: ShapeId; area: Box | null }[] = [];
  const images = new ImageRepaints(
    {
      assets: () => source,
      shape: (id) => shapes.get(id),
      search: () => shapes.values(),
      zoom: () => 2,
      repaint: (id, area) => repaints.push({ id, area }),
    },
    new ImageCache({ source: () => source, decode }),
  );
  const add = (id: string, type: 'image' | 'rect', asset?: string) => {
    const geom = { x: 100, y: 200, width: 400, height: 300 };
    const shape = createShape({ type, id: `shape:${id}` as ShapeId, index: 'a0', geom, asset });
    shapes.set(shape.id, shape);
    return shape;
  };
  /** What painting the shape asks of its lookup, as paint-commands does. */
  const paint = (shape: Shape) => images.lookupFor(shape)?.image(shape.asset!, 400).state;
  const arrive = async (asset: string) => {
    arrivals.get(asset)?.(new Blob([asset]));
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  return { images, shapes, repaints, add, paint, arrive };
}

describe('ImageRepaints', () => {
  it('gives no lookup to shapes that are not pictures', () => {
    const t = setup();
    expect(t.images.lookupFor(t.add('box', 'rect'))).toBeUndefined();
  });

  it('turns the spinner of a loading picture on each frame, repainting only around it', () => {
    const t = setup();
    const shape = t.add('pic', 'image', 'sha256:a');
    expect(t.paint(shape)).toBe('loading');
    expect(t.images.loadingCount).toBe(1);
    frame();
    const reach = spinnerReach(2);
    expect(t.repaints).toEqual([
      {
        id: shape.id,
        area: { x: 300 - reach, y: 350 - reach, width: reach * 2, height: reach * 2 },
      },
    ]);
    // Far smaller than the picture's box: a spinner frame does not repaint the picture.
    expect(reach * 2).toBeLessThan(shape.geom.width / 10);
    frame();
    expect(t.repaints).toHaveLength(2);
  });

  it('repaints the shapes that drew an asset when it arrives, and stops spinning', async () => {
    const t = setup();
    const first = t.add('one', 'image', 'sha256:a');
    const second = t.add('two', 'image', 'sha256:a');
    const other = t.add('three', 'image', 'sha256:b');
    [first, second, other].forEach(t.paint);
    await t.arrive('sha256:a');
    expect(t.repaints).toEqual([
      { id: first.id, area: null },
      { id: second.id, area: null },
    ]);
    expect(t.images.loadingCount).toBe(1);
    expect(t.paint(first)).toBe('ready');
    await t.arrive('sha256:b');
    expect(t.images.loadingCount).toBe(0);
    t.repaints.length = 0;
    frame(); // the frame queued while loading finds nothing left to turn
    expect(t.repaints).toEqual([]);
    expect(queued).toHaveLength(0);
  });

  it('forgets a culled shape: no spinner, no repaint when its file comes', async () => {
    const t = setup();
    const shape = t.add('pic', 'image', 'sha256:a');
    t.paint(shape);
    t.images.forget(shape.id);
    expect(t.images.loadingCount).toBe(0);
    await t.arrive('sha256:a');
    frame();
    expect(t.repaints).toEqual([]);
  });
});
