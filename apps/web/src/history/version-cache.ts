import type { Shape } from '@sketchroom/board-model';
import { shapesToSvg } from '@sketchroom/board-render';
import { measureText } from '../canvas/measure.ts';
import { versionShapes, type HistoryAccess } from './history-api.ts';

// Versions never change, so what was fetched or drawn once is kept (a bounded number of them).
const MAX_KEPT = 60;
const shapesKept = new Map<string, Promise<Shape[]>>();
const thumbnailsKept = new Map<string, string | null>();

function remember<T>(map: Map<string, T>, key: string, value: T): T {
  map.set(key, value);
  if (map.size > MAX_KEPT) map.delete(map.keys().next().value as string);
  return value;
}

const keyOf = (access: HistoryAccess, id: string) => `${access.roomId}\n${id}`;

export function cachedVersionShapes(access: HistoryAccess, id: string): Promise<Shape[]> {
  const key = keyOf(access, id);
  const kept = shapesKept.get(key);
  if (kept) return kept;
  const loading = versionShapes(access, id);
  // A failure is not kept: the next look asks again.
  loading.catch(() => shapesKept.delete(key));
  return remember(shapesKept, key, loading);
}

/** The shapes drawn as an SVG data URL, or null for an empty board. */
export function svgDataUrl(shapes: readonly Shape[], theme: 'light' | 'dark', background: boolean) {
  const result = shapesToSvg(shapes, { theme, measureText, background });
  if (!result) return null;
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(result.svg)}`;
}

export async function thumbnailOf(
  access: HistoryAccess,
  id: string,
  theme: 'light' | 'dark',
): Promise<string | null> {
  const key = `${keyOf(access, id)}\n${theme}`;
  if (thumbnailsKept.has(key)) return thumbnailsKept.get(key) ?? null;
  const shapes = await cachedVersionShapes(access, id);
  return remember(thumbnailsKept, key, svgDataUrl(shapes, theme, true));
}
