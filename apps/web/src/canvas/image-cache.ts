import type { AssetSource } from '../assets/asset-source.ts';

export type ImageState = 'loading' | 'ready' | 'failed';

/** A decoded picture as the cache holds it: ImageBitmap in the browser, a fake in tests. */
export interface DecodedImage {
  readonly width: number;
  readonly height: number;
  close(): void;
}

/** What painters ask: the picture for `asset`, wanted `need` device pixels on its longest side. */
export interface ImageLookup {
  image(asset: string, need: number): { state: ImageState; bitmap: CanvasImageSource | null };
}

/** Decodes `blob` no larger than `longest` pixels on its longest side (never enlarged). */
export type Decode = (blob: Blob, longest: number) => Promise<DecodedImage>;

export interface ImageCacheOptions {
  /** Read when a load starts: the canvas sets the board's source after the editor is made. */
  source: () => AssetSource;
  /** Decoded pixels kept at most; least recently painted pictures are closed past it. */
  maxPixels?: number;
  decode?: Decode;
  now?: () => number;
}

interface Entry {
  state: ImageState;
  bitmap: DecodedImage | null;
  /** Longest side the current bitmap was decoded for. */
  size: number;
  /** Longest side of the file itself, once decoded; Infinity before. */
  natural: number;
  /** A load in flight (the first, or a sharper one for a closer zoom). */
  pending: AbortController | null;
  lastUsed: number;
  /** When a painter last needed most of the decoded size. */
  sharpUsedAt: number;
}

/** Sizes come in powers of two, so a small zoom change does not decode the file again. */
const MIN_SIZE = 128;
const DEFAULT_MAX_PIXELS = 48_000_000;
/** How long a picture keeps its sharp copy after it was last shown large. */
const SHARP_HOLD_MS = 3_000;

export function sizeTier(need: number): number {
  let size = MIN_SIZE;
  while (size < need && size < 16_384) size *= 2;
  return size;
}

const pixelsOf = (bitmap: DecodedImage | null) => (bitmap ? bitmap.width * bitmap.height : 0);

/**
 * The board's pictures decoded for the canvas: asset id → bitmap, loading in the
 * background from the board's AssetSource. Listeners hear when a picture becomes ready
 * (or sharper, or can never be had) so the canvas repaints just those shapes. Memory is
 * bounded by pixels (least recently painted closed first), and pictures far out of view
 * are closed by `release`.
 */
export class ImageCache implements ImageLookup {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<(asset: string) => void>();
  private pixels = 0;
  private readonly maxPixels: number;
  private readonly decode: Decode;
  private readonly now: () => number;

  constructor(private readonly options: ImageCacheOptions) {
    this.maxPixels = options.maxPixels ?? DEFAULT_MAX_PIXELS;
    this.decode = options.decode ?? decodeBitmap;
    this.now = options.now ?? (() => performance.now());
  }

  image(asset: string, need: number): { state: ImageState; bitmap: CanvasImageSource | null } {
    let entry = this.entries.get(asset);
    if (!entry) {
      entry = {
        state: 'loading',
        bitmap: null,
        size: 0,
        natural: Infinity,
        pending: null,
        lastUsed: 0,
        sharpUsedAt: 0,
      };
      this.entries.set(asset, entry);
    }
    const now = this.now();
    entry.lastUsed = now;
    const wanted = Math.min(sizeTier(need), entry.natural);
    if (wanted * 4 > entry.size) entry.sharpUsedAt = now;
    // Far sharper than the view has needed for a while (zoomed a long way out): decoded
    // smaller to free memory. The wait keeps two shapes showing one file at very different
    // sizes from decoding it back and forth.
    const wasteful = entry.size >= wanted * 4 && now - entry.sharpUsedAt > SHARP_HOLD_MS;
    if (entry.state !== 'failed' && !entry.pending && (entry.size < wanted || wasteful)) {
      this.load(asset, entry, wanted);
    }
    return { state: entry.state, bitmap: entry.bitmap as CanvasImageSource | null };
  }

  stateOf(asset: string): ImageState | undefined {
    return this.entries.get(asset)?.state;
  }

  get decodedPixels(): number {
    return this.pixels;
  }

  /** Hears each asset whose picture changed: ready, sharper, or failed for good. */
  subscribe(listener: (asset: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Closes the pictures, and stops the loads, of assets not in `keep` (what is near the
   * view) that were not painted for `idleMs`: far out of view, they would only hold memory.
   */
  release(keep: ReadonlySet<string>, idleMs: number): void {
    const cutoff = this.now() - idleMs;
    for (const [asset, entry] of this.entries) {
      if (keep.has(asset) || entry.lastUsed > cutoff) continue;
      this.drop(asset, entry);
    }
  }

  dispose(): void {
    for (const [asset, entry] of this.entries) this.drop(asset, entry);
    this.listeners.clear();
  }

  private load(asset: string, entry: Entry, size: number): void {
    const controller = new AbortController();
    entry.pending = controller;
    const { signal } = controller;
    this.options
      .source()
      .blob(asset, signal)
      .then((blob) => this.decode(blob, size))
      .then(
        (bitmap) => {
          if (signal.aborted) return bitmap.close();
          this.settle(asset, entry, bitmap, size);
        },
        () => {
          if (signal.aborted) return;
          entry.pending = null;
          // A sharper copy that failed leaves the one on screen; a first load shows the placeholder.
          if (entry.state === 'loading') entry.state = 'failed';
          else entry.natural = entry.size;
          this.emit(asset);
        },
      );
  }

  private settle(asset: string, entry: Entry, bitmap: DecodedImage, size: number): void {
    entry.pending = null;
    this.pixels -= pixelsOf(entry.bitmap);
    entry.bitmap?.close();
    entry.bitmap = bitmap;
    const longest = Math.max(bitmap.width, bitmap.height);
    entry.size = Math.max(size, longest);
    // Decoded smaller than asked: that is the whole file, and asking for more gains nothing.
    if (longest < size) entry.natural = longest;
    entry.state = 'ready';
    this.pixels += pixelsOf(bitmap);
    this.evict(asset);
    this.emit(asset);
  }

  /** Least recently painted first, until the decoded pixels fit; never the one just decoded. */
  private evict(keep: string): void {
    if (this.pixels <= this.maxPixels) return;
    const ready = [...this.entries].filter(([asset, e]) => e.bitmap && asset !== keep);
    ready.sort((a, b) => a[1].lastUsed - b[1].lastUsed);
    for (const [asset, entry] of ready) {
      if (this.pixels <= this.maxPixels) return;
      this.drop(asset, entry);
    }
  }

  private drop(asset: string, entry: Entry): void {
    entry.pending?.abort();
    entry.pending = null;
    this.pixels -= pixelsOf(entry.bitmap);
    entry.bitmap?.close();
    entry.bitmap = null;
    this.entries.delete(asset);
  }

  private emit(asset: string): void {
    for (const listener of this.listeners) listener(asset);
  }
}

/** The whole file decoded, then scaled down when the view needs far fewer pixels. */
export async function decodeBitmap(blob: Blob, longest: number): Promise<ImageBitmap> {
  const full = await createImageBitmap(blob);
  const scale = longest / Math.max(full.width, full.height);
  if (scale >= 0.75) return full;
  try {
    return await createImageBitmap(full, {
      resizeWidth: Math.max(1, Math.round(full.width * scale)),
      resizeHeight: Math.max(1, Math.round(full.height * scale)),
      resizeQuality: 'high',
    });
  } finally {
    full.close();
  }
}
