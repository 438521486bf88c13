import { fontFamilyOf, type Style } from '@sketchroom/board-model';
import { FONT_FAMILY } from './text-layout.ts';

/**
 * The CSS font-family of the hand-written choice. The app bundles the font file
 * and declares it under this name (@font-face), so it works offline; SVG export
 * embeds it. Other readers fall back to a cursive system font.
 */
export const HAND_FONT_NAME = 'Sketchroom Hand';
export const HAND_FONT_FAMILY = `'${HAND_FONT_NAME}', 'Comic Sans MS', cursive`;

/** The CSS font stack a shape's text and label are drawn in. */
export function fontStackFor(style: Style): string {
  return fontFamilyOf(style) === 'hand' ? HAND_FONT_FAMILY : FONT_FAMILY;
}
