import { FONT_FAMILY, HAND_FONT_FAMILY, type MeasureText } from '@sketchroom/board-render';

let context: CanvasRenderingContext2D | null = null;
const cache = new Map<string, number>();
/** Font stacks asked to load once already, so a missing file is not requested every frame. */
const requested = new Set<string>();

export function fontFor(fontSize: number, family: string = FONT_FAMILY): string {
  return `${fontSize}px ${family}`;
}

// Widths measured while a bundled font was still loading are the fallback's: forget them.
globalThis.document?.fonts?.addEventListener('loadingdone', () => cache.clear());

/**
 * A font that is declared but not loaded yet measures as its fallback; start
 * loading it, so the next measure (after `loadingdone` empties the cache) is right.
 */
function ensureLoading(family: string): void {
  const fonts = globalThis.document?.fonts;
  if (!fonts || requested.has(family)) return;
  requested.add(family);
  const font = fontFor(16, family);
  if (!fonts.check(font)) void fonts.load(font).catch(() => undefined);
}

/** Real text widths from an offscreen 2D context, cached (text layout runs every frame). */
export const measureText: MeasureText = (text, fontSize, family = FONT_FAMILY) => {
  const key = `${fontSize}|${family}|${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  context ??= document.createElement('canvas').getContext('2d');
  if (!context) return text.length * fontSize * 0.6;
  ensureLoading(family);
  context.font = fontFor(fontSize, family);
  const width = context.measureText(text).width;
  if (cache.size > 20_000) cache.clear();
  cache.set(key, width);
  return width;
};

// Fetched up front: text set in the hand font is measured (and its box stored) the moment
// someone picks it, and a width taken from the fallback would clip it for everyone.
ensureLoading(HAND_FONT_FAMILY);
