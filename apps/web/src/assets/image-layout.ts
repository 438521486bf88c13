import type { Box, Size, Vec } from '@sketchroom/geometry';

/** Space between images added together, in page units. */
export const IMAGE_GAP = 16;
/** How much of the view one image, or a row of them, may take. */
const VIEW_SHARE = 0.8;

/**
 * Where images added together land: side by side in one row centred on `at`, each with
 * its natural aspect ratio, scaled down (never up) so the row fits comfortably in `view`
 * (the visible page area).
 */
export function layoutImages(sizes: readonly Size[], at: Vec, view: Size): Box[] {
  const maxWidth = view.width * VIEW_SHARE;
  const maxHeight = view.height * VIEW_SHARE;
  const fitted = sizes.map(({ width, height }) => {
    const scale = Math.min(1, maxWidth / width, maxHeight / height);
    return { width: width * scale, height: height * scale };
  });
  const gaps = IMAGE_GAP * Math.max(0, fitted.length - 1);
  const rowWidth = fitted.reduce((sum, size) => sum + size.width, 0);
  const shrink = Math.min(1, Math.max(maxWidth - gaps, maxWidth * 0.1) / rowWidth);
  let x = at.x - (rowWidth * shrink + gaps) / 2;
  return fitted.map((size) => {
    const width = Math.max(1, size.width * shrink);
    const height = Math.max(1, size.height * shrink);
    const box = { x, y: at.y - height / 2, width, height };
    x += width + IMAGE_GAP;
    return box;
  });
}
