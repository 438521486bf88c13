import { HAND_FONT_FAMILY } from '../fonts.ts';
import { coversText, parseUnicodeRange } from './unicode-range.ts';

/**
 * A font file a PDF export embeds: `file` is its name in the @fontsource package
 * (`@fontsource/caveat/files/…` or `@fontsource/dejavu-sans/files/…`); the app and
 * the server each load it their own way and register it under `name`.
 */
export interface PdfFontFace {
  name: string;
  package: '@fontsource/caveat' | '@fontsource/dejavu-sans';
  file: string;
  /** True for the hand-written font (Caveat), false for the plain sans-serif. */
  hand: boolean;
  /** What the file covers, as CSS says it; everything when absent. */
  unicodeRange?: string;
}

/**
 * The fonts a PDF embeds: Caveat's two subsets the app bundles (latin, latin-ext) and
 * DejaVu Sans (latin) for the plain text, which the app draws in the system's sans-serif.
 */
export const PDF_FONT_FACES: readonly PdfFontFace[] = [
  {
    name: 'sans',
    package: '@fontsource/dejavu-sans',
    file: 'dejavu-sans-latin-400-normal.woff',
    hand: false,
  },
  {
    name: 'hand-latin',
    package: '@fontsource/caveat',
    file: 'caveat-latin-400-normal.woff',
    hand: true,
    unicodeRange:
      'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD',
  },
  {
    name: 'hand-latin-ext',
    package: '@fontsource/caveat',
    file: 'caveat-latin-ext-400-normal.woff',
    hand: true,
    unicodeRange:
      'U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF',
  },
];

/**
 * Picks the registered font for a line: the first face of the line's kind (hand or
 * plain) that covers all its characters, else the first of its kind. A line mixing
 * subsets is set in one file, so a few of its characters may show as blanks; the
 * text stays selectable and searchable either way.
 */
export function pdfFontChooser(
  faces: readonly PdfFontFace[] = PDF_FONT_FACES,
): (fontFamily: string, text: string) => string {
  const parsed = faces.map((face) => ({
    face,
    ranges: face.unicodeRange ? parseUnicodeRange(face.unicodeRange) : null,
  }));
  return (fontFamily, text) => {
    const hand = fontFamily === HAND_FONT_FAMILY;
    const kind = parsed.filter((p) => p.face.hand === hand);
    const covering = kind.find((p) => p.ranges === null || coversText(p.ranges, text));
    return (covering ?? kind[0] ?? parsed[0]).face.name;
  };
}
